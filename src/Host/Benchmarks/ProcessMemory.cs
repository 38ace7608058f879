using System.Globalization;

namespace EventNews.Host.Benchmarks;

/// <summary>Peak memory of the service and of the PostgreSQL and RabbitMQ servers, read from /proc.</summary>
public sealed record MemoryPeaks(double ServiceMiB, double? ServiceHighWaterMiB, double PostgresMiB, double RabbitMqMiB);

/// <summary>
/// Processor seconds used so far by the service, PostgreSQL (its live processes plus the exited
/// ones the postmaster has reaped) and RabbitMQ, and by the whole machine (busy time of all cores).
/// </summary>
public sealed record CpuSeconds(double Service, double Postgres, double RabbitMq, double Machine)
{
    public static CpuSeconds operator -(CpuSeconds a, CpuSeconds b) =>
        new(a.Service - b.Service, a.Postgres - b.Postgres, a.RabbitMq - b.RabbitMq, a.Machine - b.Machine);
}

/// <summary>
/// Samples resident memory: the service once a second, the servers every <see cref="ServersEvery"/>
/// seconds and at the end of each phase. The service is one process (RSS). PostgreSQL is many
/// processes sharing its buffers, so they are summed by proportional set size (PSS), which counts
/// each shared page once across them; RabbitMQ is the Erlang VM (beam.smp, RSS). Reading PSS makes
/// the kernel walk every page of every PostgreSQL process: once a second, that took about a tenth
/// of a core away from the processes being measured.
/// </summary>
public sealed class ProcessMemory : IAsyncDisposable
{
    private const int ServersEvery = 10;
    private readonly int _servicePid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _service;
    private double _servicePhase;
    private double _postgres;
    private double _rabbit;

    public ProcessMemory(int servicePid)
    {
        _servicePid = servicePid;
        _sampling = Task.Run(SampleAsync);
    }

    /// <summary>The peaks so far; read it while the service still runs, for its own high-water mark.</summary>
    public MemoryPeaks Peaks()
    {
        Sample();
        var highWater = ReadKiB(_servicePid, "status", "VmHWM:") / 1024.0;
        return new MemoryPeaks(_service, highWater > 0 ? highWater : null, _postgres, _rabbit);
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var tick = 0;
        do
        {
            Sample(servers: tick++ % ServersEvery == 0);
        }
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false) is true);
    }

    /// <summary>Takes one sample now, of the servers too unless <paramref name="servers"/> is false.</summary>
    public void Sample(bool servers = true)
    {
        var service = ReadKiB(_servicePid, "status", "VmRSS:") / 1024.0;
        _service = Math.Max(_service, service);
        _servicePhase = Math.Max(_servicePhase, service);
        if (!servers)
        {
            return;
        }

        double postgres = 0, rabbit = 0;
        foreach (var (pid, name) in Processes())
        {
            if (name == "postgres")
            {
                postgres += ReadKiB(pid, "smaps_rollup", "Pss:");
            }
            else if (name == "beam.smp")
            {
                rabbit += ReadKiB(pid, "status", "VmRSS:");
            }
        }

        _postgres = Math.Max(_postgres, postgres / 1024.0);
        _rabbit = Math.Max(_rabbit, rabbit / 1024.0);
    }

    /// <summary>The service's largest RSS (MiB) since the previous call: the peak of one phase of the benchmark.</summary>
    public double TakeServicePhasePeak()
    {
        Sample();
        var peak = _servicePhase;
        _servicePhase = 0;
        return peak;
    }

    /// <summary>Processor time used so far, from /proc/PID/stat and /proc/stat (clock ticks of 1/100 s).</summary>
    public CpuSeconds Cpu()
    {
        const double tick = 100.0;
        double postgres = 0, rabbit = 0;
        foreach (var (pid, name) in Processes())
        {
            if (name == "postgres")
            {
                var (own, children) = ReadTicks(pid);
                postgres += own + (ReadComm(ReadParent(pid)) == "postgres" ? 0 : children);
            }
            else if (name == "beam.smp")
            {
                rabbit += ReadTicks(pid).Own;
            }
        }

        double machine = 0;
        var total = File.Exists("/proc/stat") ? File.ReadLines("/proc/stat").FirstOrDefault() : null;
        if (total is not null)
        {
            // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
            var fields = total.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            machine = fields.Sum() - fields[3] - fields[4];
        }

        return new CpuSeconds(ReadTicks(_servicePid).Own / tick, postgres / tick, rabbit / tick, machine / tick);
    }

    private static (double Own, double Children) ReadTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

            // Fields 14-17 of stat (utime, stime, cutime, cstime) are 11-14 after the name.
            var f = fields.Skip(11).Take(4).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            return (f[0] + f[1], f[2] + f[3]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return (0, 0);
        }
    }

    private static int ReadParent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    /// <summary>Every process now running, with its command name.</summary>
    private static IEnumerable<(int Pid, string? Name)> Processes()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                yield return (pid, ReadComm(pid));
            }
        }
    }

    private static string? ReadComm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static double ReadKiB(int pid, string file, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/{file}"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return double.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
