using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EventNews.EndToEnd.Tests;

/// <summary>
/// A minimal OTLP/HTTP collector: accepts POST /v1/traces and /v1/metrics protobuf bodies on
/// loopback, keeps the spans (their ids, names, string attributes, links and service, read with a
/// few lines of protobuf wire format) and the raw metric bodies, so that a test can see what a
/// separate service process exported.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<Span> _spans = [];
    private readonly List<byte[]> _metrics = [];

    public sealed record Link(string TraceId, string SpanId);

    /// <summary>A received span; <paramref name="Attributes"/> holds its string-valued attributes.</summary>
    public sealed record Span(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<Link> Links)
    {
        public string? Attribute(string key) => Attributes.GetValueOrDefault(key);
    }

    public OtlpReceiver()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<Span> Spans
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    public bool MetricsContain(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        lock (_metrics)
        {
            return _metrics.Any(body => body.AsSpan().IndexOf(bytes) >= 0);
        }
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            if (context.Request.Url!.AbsolutePath.EndsWith("/v1/traces", StringComparison.Ordinal))
            {
                var spans = ReadTraces(bytes);
                lock (_spans)
                {
                    _spans.AddRange(spans);
                }
            }
            else if (context.Request.Url.AbsolutePath.EndsWith("/v1/metrics", StringComparison.Ordinal))
            {
                lock (_metrics)
                {
                    _metrics.Add(bytes);
                }
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    // ExportTraceServiceRequest { 1: ResourceSpans { 1: Resource { 1: KeyValue }, 2: ScopeSpans { 2: Span } } },
    // Span { 1: trace id, 2: span id, 4: parent span id, 5: name, 9: KeyValue, 13: Link { 1: trace id, 2: span id } },
    // KeyValue { 1: key, 2: AnyValue { 1: string value } }
    private static List<Span> ReadTraces(byte[] body)
    {
        var spans = new List<Span>();
        foreach (var (_, resourceSpans) in Fields(body, 1))
        {
            var service = "";
            foreach (var (_, resource) in Fields(resourceSpans, 1))
            {
                service = StringAttributes(resource, 1).GetValueOrDefault("service.name", "");
            }

            foreach (var (_, scopeSpans) in Fields(resourceSpans, 2))
            {
                foreach (var (_, span) in Fields(scopeSpans, 2))
                {
                    string Hex(int field) => Fields(span, field).Select(f => Convert.ToHexStringLower(f.Value)).FirstOrDefault() ?? "";
                    var links = Fields(span, 13).Select(l => new Link(
                        Fields(l.Value, 1).Select(f => Convert.ToHexStringLower(f.Value)).FirstOrDefault() ?? "",
                        Fields(l.Value, 2).Select(f => Convert.ToHexStringLower(f.Value)).FirstOrDefault() ?? "")).ToList();
                    var name = Fields(span, 5).Select(f => Encoding.UTF8.GetString(f.Value)).FirstOrDefault() ?? "";
                    spans.Add(new Span(service, Hex(1), Hex(2), Hex(4), name, StringAttributes(span, 9), links));
                }
            }
        }

        return spans;
    }

    /// <summary>The KeyValue fields with the given number whose value is a string.</summary>
    private static Dictionary<string, string> StringAttributes(byte[] message, int field)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, attribute) in Fields(message, field))
        {
            var key = Fields(attribute, 1).Select(f => Encoding.UTF8.GetString(f.Value)).FirstOrDefault();
            var value = Fields(attribute, 2).SelectMany(v => Fields(v.Value, 1)).Select(f => Encoding.UTF8.GetString(f.Value)).FirstOrDefault();
            if (key is not null && value is not null)
            {
                attributes[key] = value;
            }
        }

        return attributes;
    }

    /// <summary>The length-delimited fields with the given number, in protobuf wire format.</summary>
    private static List<(int Field, byte[] Value)> Fields(byte[] message, int wanted)
    {
        var found = new List<(int, byte[])>();
        var i = 0;
        while (i < message.Length)
        {
            var tag = Varint(message, ref i);
            var field = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0:
                    Varint(message, ref i);
                    break;
                case 1:
                    i += 8;
                    break;
                case 5:
                    i += 4;
                    break;
                case 2:
                    var length = (int)Varint(message, ref i);
                    if (field == wanted)
                    {
                        found.Add((field, message[i..(i + length)]));
                    }

                    i += length;
                    break;
                default:
                    throw new InvalidDataException($"wire type {tag & 7} at {i}");
            }
        }

        return found;
    }

    private static ulong Varint(byte[] data, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
