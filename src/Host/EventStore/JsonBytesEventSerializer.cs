using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using JasperFx.Events;

namespace EventNews.Host.EventStore;

/// <summary>
/// Stores an event as the UTF-8 bytes of its JSON in mt_events.bdata (data then holds the empty
/// object) instead of as jsonb. An arrival carries the article's whole text: as jsonb, PostgreSQL
/// parsed it on every append and printed it back as text on every read by the views, and the
/// serialiser escaped each non-ASCII letter on the way in. As bytes, PostgreSQL stores and returns
/// them untouched, and the JSON is the same document, with the same names, readable with
/// <c>convert_from(bdata, 'UTF8')::jsonb</c>. Rows stored as jsonb before still read as before.
/// </summary>
public sealed class JsonBytesEventSerializer : IEventBinarySerializer
{
    // The names and enum spelling the store's JSON uses; letters beyond ASCII stay as they are, since
    // these bytes never reach a web page unencoded.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public byte[] Serialize(Type type, object data) => JsonSerializer.SerializeToUtf8Bytes(data, type, Options);

    public object Deserialize(Type type, byte[] data) =>
        JsonSerializer.Deserialize(data, type, Options) ?? throw new JsonException($"An event of type {type.Name} was stored as null.");
}
