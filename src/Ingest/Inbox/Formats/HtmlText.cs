using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>HTML to plain text: page furniture removed, one paragraph per block, paragraphs separated by a blank line.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> NeverText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "head", "button", "select", "textarea", "input", "dialog",
    };

    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase) { "nav", "footer", "aside", "menu" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "figure",
        "figcaption", "hr", "address", "details", "summary", "body",
    };

    private static readonly string[] Roles = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"];

    private static readonly HtmlParser Parser = new();

    /// <summary>The text of an HTML fragment (e.g. a JSON body holding markup).</summary>
    public static string FromFragment(string html)
    {
        var document = Parser.ParseDocument(html);
        RemoveFurniture(document);
        return document.Body is null ? "" : ToPlainText(document.Body);
    }

    /// <summary>True when the text holds HTML tags rather than the odd angle bracket.</summary>
    public static bool LooksLikeHtml(string text) => TagPattern().IsMatch(text);

    /// <summary>
    /// Removes what is never article text: scripts and styles, navigation, site header and footer,
    /// asides ("LIRE AUSSI"), cookie banners, share bars and comment sections.
    /// </summary>
    public static void RemoveFurniture(IHtmlDocument document)
    {
        if (document.DocumentElement is { } root)
        {
            RemoveFurnitureUnder(root, document.Body?.TextContent.Length ?? 0);
        }
    }

    /// <summary>The element's text, one paragraph per block element, paragraphs separated by a blank line.</summary>
    public static string ToPlainText(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    private static void RemoveFurnitureUnder(IElement parent, int pageLength)
    {
        foreach (var element in parent.Children.ToArray())
        {
            if (IsFurniture(element, pageLength))
            {
                element.Remove();
            }
            else
            {
                RemoveFurnitureUnder(element, pageLength);
            }
        }
    }

    private static bool IsFurniture(IElement element, int pageLength)
    {
        var name = element.LocalName;
        if (NeverText.Contains(name) || Furniture.Contains(name))
        {
            return true;
        }

        if (name is "html" or "body" or "main" or "article")
        {
            return false;
        }

        var role = element.GetAttribute("role");
        var furniture = (name == "header" && element.Closest("article") is null)
            || (role is not null && Roles.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase))
            || element.GetAttribute("aria-hidden") == "true"
            || element.HasAttribute("hidden")
            || FurnitureName().IsMatch($"{element.GetAttribute("class")} {element.Id}")
            || (name is "p" or "div" or "li" or "section" && element.TextContent.Length < 300 && ReadAlso().IsMatch(element.TextContent));

        // A wrapper named like furniture (a "with-sidebar" layout div) may still hold the article.
        return furniture && !HoldsTheArticle(element, pageLength);
    }

    private static bool HoldsTheArticle(IElement element, int pageLength) =>
        element.QuerySelector("article, main, [itemprop=articleBody]") is not null
        || element.TextContent.Length > pageLength / 2;

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        if (node is IText text)
        {
            AppendCollapsed(current, text.Data);
            return;
        }

        if (node is not IElement element)
        {
            foreach (var child in node.ChildNodes)
            {
                Walk(child, current, paragraphs);
            }

            return;
        }

        if (NeverText.Contains(element.LocalName))
        {
            return;
        }

        if (element.LocalName == "br")
        {
            current.Append('\n');
            return;
        }

        var block = Blocks.Contains(element.LocalName);
        if (block)
        {
            Flush(current, paragraphs);
        }
        else if (element.LocalName is "td" or "th")
        {
            current.Append(' ');
        }

        foreach (var child in element.ChildNodes)
        {
            Walk(child, current, paragraphs);
        }

        if (block)
        {
            Flush(current, paragraphs);
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F')
            {
                if (current.Length > 0 && current[^1] is not (' ' or '\n'))
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var lines = current.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var paragraph = string.Join('\n', lines);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        current.Clear();
    }

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")]
    private static partial Regex TagPattern();

    // Class and id words that mark page furniture, as whole words of kebab/snake-case names.
    [GeneratedRegex(@"(^|[\s_-])(cookies?|consent|gdpr|comments?|commentaires?|disqus|newsletter|share|sharing|social|related|read-?also|lire-?aussi|a-lire|promo|ads?|adslot|advert|adverts|advertising|advertisement|pub|publicite|sponsored|outbrain|taboola|paywall|breadcrumbs?|sidebar|navbar|menu|footer|masthead)([\s_-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"^\s*((À|A)\s+)?LIRE\s+AUSSI\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAlso();
}
