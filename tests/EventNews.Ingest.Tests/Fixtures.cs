using System.Text;

namespace EventNews.Ingest.Tests;

/// <summary>Test input files under Fixtures/ and what every test reads them with.</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    static Fixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name), Encoding.UTF8);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Encoding Iso885915 => Encoding.GetEncoding("iso-8859-15");
}
