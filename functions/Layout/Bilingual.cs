using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IntegritySite.Layout;

/// <summary>
/// The one way a text is shown in both languages: the page's language first, then the other marked with its
/// <c>lang</c>. Inline (no <see cref="Tag"/>): "ไทย <span lang="en">English</span>". With a tag, two elements:
/// <c>&lt;p&gt;ไทย&lt;/p&gt; &lt;p lang="en"&gt;English&lt;/p&gt;</c>, each with the other attributes given.
/// The text is a <see cref="BilingualText"/> (plain, encoded), or <see cref="Th"/> and <see cref="En"/> when it holds
/// markup (a link). The page's language cascades from <see cref="PageFrame"/>.
/// </summary>
public sealed class Bilingual : ComponentBase
{
    [CascadingParameter] public Language Language { get; set; }

    [Parameter] public BilingualText? Text { get; set; }

    [Parameter] public RenderFragment? Th { get; set; }

    [Parameter] public RenderFragment? En { get; set; }

    /// <summary>The element each language gets (p, h2, …); null: one line, the other language in a span.</summary>
    [Parameter] public string? Tag { get; set; }

    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var second = Language.Other();
        if (Tag is null)
        {
            builder.OpenRegion(0);
            Content(builder, Language);
            builder.CloseRegion();
            builder.AddMarkupContent(1, " ");
            builder.OpenElement(2, "span");
            builder.AddAttribute(3, "lang", second.Code());
            builder.OpenRegion(4);
            Content(builder, second);
            builder.CloseRegion();
            builder.CloseElement();
            return;
        }
        builder.OpenRegion(5);
        Element(builder, Language, lang: null);
        builder.CloseRegion();
        builder.AddMarkupContent(6, "\n");
        builder.OpenRegion(7);
        Element(builder, second, lang: second.Code());
        builder.CloseRegion();
        builder.AddMarkupContent(8, "\n");
    }

    private void Element(RenderTreeBuilder builder, Language language, string? lang)
    {
        builder.OpenElement(0, Tag!);
        builder.AddMultipleAttributes(1, Attributes);
        if (lang is not null)
        {
            builder.AddAttribute(2, "lang", lang);
        }
        builder.OpenRegion(3);
        Content(builder, language);
        builder.CloseRegion();
        builder.CloseElement();
    }

    private void Content(RenderTreeBuilder builder, Language language)
    {
        if (Text is not null)
        {
            builder.AddContent(0, Text.For(language));
        }
        else
        {
            builder.AddContent(1, language.Pick(Th, En));
        }
    }
}
