using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>
/// Markdown: the text without its markup (emphasis, links and images down to their words, one
/// paragraph per block, separated by blank lines), with what a YAML front matter says about title,
/// date, address, language and source. Without a title there, a heading that opens the file is it.
/// </summary>
internal static class MarkdownFormat
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static IReadOnlyList<ArticleReadResult> Read(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.DecodeSomeText(file.Bytes);
        if (decoded is null)
        {
            return [rejection!];
        }

        var document = Markdown.Parse(decoded.Text, Pipeline);
        var (paragraphs, openingHeading) = Paragraphs(document);
        if (paragraphs.Count == 0)
        {
            return [ArticleReadResult.Reject(RejectionReason.NoText, "the Markdown file has no text outside its front matter and markup")];
        }

        var front = FrontMatter(document);
        var fields = new ArticleFields(
            string.Join("\n\n", paragraphs),
            First(front, ["title"]) ?? openingHeading,
            First(front, JsonFormat.DateFields),
            First(front, ["url", "link"]),
            First(front, JsonFormat.LanguageFields),
            First(front, ["source", "sitename"]));
        return [file.Accept(decoded.Encoding, fields)];
    }

    /// <summary>Each block as plain text, and the first one when it is a heading.</summary>
    private static (List<string> Paragraphs, string? OpeningHeading) Paragraphs(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        var paragraphs = new List<string>();
        string? openingHeading = null;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup)
            {
                continue;
            }

            string text;
            if (block is HtmlBlock html)
            {
                // The plain renderer drops raw HTML blocks; their text is the article's all the same.
                text = HtmlText.FromFragment(html.Lines.ToString());
            }
            else
            {
                renderer.Render(block);
                writer.Flush();
                text = writer.ToString();
                writer.GetStringBuilder().Clear();
            }

            text = text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (paragraphs.Count == 0 && block is HeadingBlock)
            {
                openingHeading = text;
            }

            paragraphs.Add(text);
        }

        return (paragraphs, openingHeading);
    }

    /// <summary>The front matter's top-level keys with a text value; none when it is missing or is not YAML (the text is read all the same).</summary>
    private static Dictionary<string, string> FrontMatter(MarkdownDocument document)
    {
        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is not { } block)
        {
            return found;
        }

        Dictionary<object, object?>? values;
        try
        {
            values = Yaml.Deserialize<Dictionary<object, object?>>(block.Lines.ToString());
        }
        catch (YamlException)
        {
            return found;
        }

        foreach (var (key, value) in values ?? [])
        {
            if (key is string name && value is string text && !string.IsNullOrWhiteSpace(text))
            {
                found.TryAdd(name, text.Trim());
            }
        }

        return found;
    }

    private static string? First(Dictionary<string, string> front, string[] names) =>
        names.Select(name => front.GetValueOrDefault(name)).FirstOrDefault(value => value is not null);
}
