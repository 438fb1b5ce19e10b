using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Pipeline.Kinds;
using IntegritySite.Site.Rendering;
using IntegritySite.Site.Rendering.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IntegritySite.Site.Tests;

/// <summary>Content kinds are declared once (Pipeline/Kinds): what each must provide, and a new one with one registration.</summary>
public sealed class ContentKindTests
{
    [Fact]
    public void Every_kind_has_its_own_folder_a_model_type_a_page_that_renders_it_and_a_listing_with_an_address()
    {
        Assert.Equal(["measures", "announcements", "reports", "pages"], ContentKinds.Default.Select(k => k.Folder));
        foreach (var kind in ContentKinds.Default)
        {
            Assert.True(kind.DocumentType.IsSubclassOf(typeof(ContentDocument)), kind.Folder);
            Assert.True(typeof(IComponent).IsAssignableFrom(kind.DocumentPage), kind.Folder);
            Assert.Equal(typeof(PageView), ParameterType(kind.DocumentPage, "View"));
            Assert.True(ParameterType(kind.DocumentPage, kind.DocumentParameter)!.IsAssignableFrom(kind.DocumentType), $"{kind.Folder}: {kind.DocumentParameter}");
            if (kind.Listing is { } listing)
            {
                Assert.Equal(typeof(PageView), ParameterType(listing.Page, "View"));
                Assert.All(Enum.GetValues<Language>(), l => Assert.EndsWith("/", listing.Link.UrlIn(l)));
                Assert.All(Enum.GetValues<Language>(), l => Assert.NotEmpty(listing.Link.LabelIn(l)));
            }
        }
        Assert.Equal(3, ContentKinds.Default.Select(k => k.Listing?.Link.UrlIn(Language.Th)).OfType<string>().Distinct().Count());
    }

    [Fact]
    public async Task A_new_kind_needs_one_registration_and_gets_its_pages_its_listing_its_menu_entry_and_its_reserved_address()
    {
        var builder = new SiteBuilder([.. ContentKinds.Default, ProjectsKind]);
        var files = new Dictionary<string, string>
        {
            ["site.yml"] = TestSite.SiteYml,
            ["projects/2021-05-01-road-repair.th.md"] = "---\ntitle: ซ่อมถนนหมู่ 3\ndate: 2021-05-01\n---\nงบประมาณ 500,000 บาท\n",
        };

        var result = await builder.BuildAsync(SiteSource.FromFiles(files), today: new DateOnly(2021, 6, 1));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("ซ่อมถนนหมู่ 3", result.Html("projects/road-repair/index.html").QuerySelector("main h1")!.TextContent);
        Assert.Contains("/projects/road-repair/", result.Html("projects/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/projects/", result.Html("index.html").QuerySelectorAll("nav.main-menu a").Select(a => a.GetAttribute("href")));
        Assert.Contains(result.Files, f => f.Path == "sitemap.xml" && f.ReadText().Contains("/projects/road-repair/", StringComparison.Ordinal));

        var clash = await builder.BuildAsync(SiteSource.FromFiles(new Dictionary<string, string>(files) { ["pages/projects.th.md"] = "---\ntitle: โครงการ\n---\n" }));
        Assert.Contains(clash.Diagnostics, d => d.Path == "pages/projects.th.md" && d.Message.Contains("used by the site itself", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_kind_can_be_created_with_new_and_a_new_kind_brings_its_own_template()
    {
        Assert.Equal(["measure", "announcement", "report", "page"], ContentKinds.Templates(ContentKinds.Default).Select(t => t.Name));
        var input = Directory.CreateTempSubdirectory("integritysite-new-kind-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "site.yml"), TestSite.SiteYml);
            var kinds = new List<ContentKind>(ContentKinds.Default) { ProjectsKind };
            var path = Scaffolder.Create(input, ContentKinds.Templates(kinds), "project", "road-repair", new DateOnly(2021, 5, 1));
            Assert.Equal("projects/2021-05-01-road-repair.th.md", path);
            var result = await new SiteBuilder(kinds).BuildAsync(SiteSource.FromDirectory(input));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.NotNull(result.File("projects/road-repair/index.html"));
            Assert.Throws<ArgumentException>(() => Scaffolder.Create(input, ContentKinds.Templates(ContentKinds.Default), "project", "x", new DateOnly(2021, 5, 1)));
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public async Task Without_its_registration_the_folder_is_refused_as_before()
    {
        var result = await TestSite.BuildAsync(("projects/2021-05-01-road-repair.th.md", "---\ntitle: ซ่อมถนน\ndate: 2021-05-01\n---\n"));

        Assert.Contains("input/projects/ is not a content folder", result.SingleError().Message);
    }

    internal static readonly ContentKind ProjectsKind = ContentKind.Of<Project, ProjectPage>(new ProjectReader(), "Project",
        KindListing.Of<ProjectsIndexPage>(l => $"{l.UrlPrefix()}projects/", new BilingualText("โครงการ", "Projects"))) with
    {
        Template = new("project", r => new($"projects/{r.Date}-{r.Slug}.th.md", $"---\ntitle: ชื่อโครงการ\ndate: {r.Date}\n---\nรายละเอียด\n")),
    };

    private static Type? ParameterType(Type component, string name) =>
        component.GetProperty(name) is { } p && p.IsDefined(typeof(ParameterAttribute), inherit: true) ? p.PropertyType : null;

    public sealed record Project : ContentDocument
    {
        public Project(DocumentHeader header) : base(header)
        {
        }

        public required DateOnly Date { get; init; }

        public override string Section => "projects";

        public override IReadOnlyList<DateOnly> EvidenceDates => [Date];
    }

    private sealed class ProjectReader : IDocumentReader
    {
        public string Folder => "projects";

        public string SlugOf(string fileStem) => FileNamePrefixes.WithoutDate(fileStem);

        public ContentDocument? Read(DocumentContext context)
        {
            var header = context.ReadHeader();
            var date = context.Fields.Date("date", required: true);
            return header is null || date is null ? null : new Project(header) { Date = date.Value };
        }
    }

    /// <summary>Templates written in C# (this test project has no Razor compiler); a real kind has .razor files.</summary>
    public sealed class ProjectPage : ComponentBase
    {
        [Parameter] public PageView View { get; set; } = default!;
        [Parameter] public Project Project { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder) =>
            Layout(builder, View, Project.Title, content =>
            {
                content.OpenElement(0, "h1");
                content.AddContent(1, Project.Title);
                content.CloseElement();
            });
    }

    public sealed class ProjectsIndexPage : ComponentBase
    {
        [Parameter] public PageView View { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder) =>
            Layout(builder, View, "Projects", content =>
            {
                content.OpenElement(0, "ul");
                foreach (var project in View.Site.Documents.OfType<Project>().Where(p => p.Language == View.Language))
                {
                    content.OpenElement(1, "li");
                    content.OpenElement(2, "a");
                    content.AddAttribute(3, "href", Routes.Of(project));
                    content.AddContent(4, project.Title);
                    content.CloseElement();
                    content.CloseElement();
                }
                content.CloseElement();
            });
    }

    private static void Layout(RenderTreeBuilder builder, PageView view, string title, RenderFragment content)
    {
        builder.OpenComponent<SiteLayout>(0);
        builder.AddAttribute(1, nameof(SiteLayout.View), view);
        builder.AddAttribute(2, nameof(SiteLayout.Title), title);
        builder.AddAttribute(3, nameof(SiteLayout.ChildContent), content);
        builder.CloseComponent();
    }
}
