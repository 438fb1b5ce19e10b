using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering.Pages;

namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>input/pages/: pages at the top of the site (about, contact, the complaint form); in the menu by their own order.</summary>
public static class PagesKind
{
    public static readonly ContentKind Kind = ContentKind.Of<Page, ContentPage>(new PageReader(), "Page") with
    {
        Template = new("page", r => new($"pages/{r.Slug}.th.md", "---\ntitle: หัวข้อหน้า\nlayout: page\n---\nเนื้อหา\n")),
    };
}
