using BenchmarkDotNet.Running;
using EventNews.Benchmarks;

// "cpu-time" measures processor time per article instead of wall time: on a shared machine the
// wall time of a short BenchmarkDotNet job mostly measures the other processes.
if (args is ["cpu-time", ..])
{
    CpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
