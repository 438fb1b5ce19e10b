using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IntegritySite.Core.Complaints;
using IntegritySite.Core.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Input;
using IntegritySite.Intake.Model;
using IntegritySite.Intake.Pages;
using IntegritySite.Intake.Service;
using IntegritySite.Site.Content;
using IntegritySite.Site.Pipeline;
using IntegritySite.Site.Publishing;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace IntegritySite.Architecture.Tests;

/// <summary>
/// HTML is made one way: every page of the site and of the intake is a Razor component in the one page frame
/// (functions/Layout's PageFrame), so the intake's pages carry the site's skip link, header, main and footer; the
/// officer desk's pages are Razor components in its own frame (DeskFrame) built from the same pieces; and text in two
/// languages is kept one way, as BilingualText values shown by Layout's Bilingual.
/// </summary>
public sealed partial class SharedFrameTests
{
    private static readonly Lazy<Task<Site.Pipeline.BuildResult>> RealSite = new(() =>
        new SiteBuilder().BuildAsync(SiteSource.FromDirectory(Path.Combine(RepoRootFinder.Find(AppContext.BaseDirectory), "input"))));

    public static TheoryData<Language> Languages => [Language.Th, Language.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_intake_page_has_the_site_pages_skip_link_header_main_and_footer(Language language)
    {
        var result = await RealSite.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var site = Parse(result.File(language.Pick("index.html", "en/index.html"))!.ReadText());

        foreach (var (name, html) in await IntakePagesIn(language))
        {
            var page = Parse(html);
            Assert.True(page.DocumentElement.GetAttribute("lang") == language.Code(), name);
            Assert.Equal(Frame(site, "head link[rel=stylesheet]"), Frame(page, "head link[rel=stylesheet]"));
            Assert.Equal(Frame(site, "head link[rel=icon]"), Frame(page, "head link[rel=icon]"));
            Assert.Equal(Frame(site, "body > a.skip-link:first-child"), Frame(page, "body > a.skip-link:first-child"));
            // The same header bar, its home link to the same address (the intake's says "home" in both languages: it does not know the municipality's name).
            Assert.Equal(site.QuerySelector("body > header.site-header > div.wrap.site-header__bar > a.site-name")!.GetAttribute("href"),
                page.QuerySelector("body > header.site-header > div.wrap.site-header__bar > a.site-name")?.GetAttribute("href"));
            var main = page.QuerySelector("body > main#main")!;
            Assert.Equal("-1", main.GetAttribute("tabindex"));
            Assert.Contains("wrap", main.ClassList);
            Assert.Equal(Frame(site, "body > footer.site-footer > div.wrap > section.footer-report"), Frame(page, "body > footer.site-footer > div.wrap > section.footer-report"));
            Assert.Equal(Frame(site, "body > footer.site-footer > div.wrap > p.footer-note"), Frame(page, "body > footer.site-footer > div.wrap > p.footer-note"));
            Assert.Equal(["a", "header", "main", "footer"], page.Body!.Children.Select(c => c.LocalName));
        }
    }

    [Fact]
    public void Every_page_component_of_the_intake_is_drawn_in_the_frame_and_rendered_by_IntakePages()
    {
        using var intake = AssemblyDefinition.ReadAssembly(OneWayHouseTests.Built("functions/Intake/bin/{0}/net10.0/IntegritySite.Intake.dll"));
        var types = intake.MainModule.GetTypes().ToList();
        AssertPagesDrawnInAndRenderedBy(types, "IntegritySite.Intake.Pages", "IntakeFrame", "IntakePages",
            ["CheckPage", "CheckErrorsPage", "ReceiptPage", "StatusPage", "ErrorPage", "UnavailablePage", "UnconfirmedPage"]);
        Assert.True(OpensComponent(types.Single(t => t.Name == "IntakeFrame"), "PageFrame"), "IntakeFrame is not the site's PageFrame");
    }

    [Fact]
    public void Every_page_component_of_the_desk_is_drawn_in_the_desk_frame_and_rendered_by_DeskPages()
    {
        using var officer = AssemblyDefinition.ReadAssembly(OneWayHouseTests.Built(Officer));
        var types = officer.MainModule.GetTypes().ToList();
        AssertPagesDrawnInAndRenderedBy(types, "IntegritySite.Officer.Desk.Pages", "DeskFrame", "DeskPages",
            ["UnlockPage", "RefusedPage", "InboxPage", "ReportPage", "NoticePage", "StatisticsPage", "PurgePage", "RewrapPage", "IntakeErrorPage"]);
        // The frame shows its words with Layout's Bilingual, the site's one component for two languages.
        Assert.True(OpensComponent(types.Single(t => t.Name == "DeskFrame"), "Bilingual"), "DeskFrame does not use Bilingual");
        // The desk answers only through DeskPages: the app and its access layer render nothing themselves.
        Assert.Empty(types.Where(t => t.Name != "DeskPages" && BodyOperands(t).OfType<MethodReference>()
            .Any(m => m.DeclaringType.FullName == "IntegritySite.Layout.ComponentHtml" && m.Name.StartsWith("Render", StringComparison.Ordinal))).Select(t => t.FullName));
    }

    [Fact]
    public void No_page_is_written_as_a_string_any_more()
    {
        // A document start in a string literal is a page built by hand: only the frames (compiled Razor) write one.
        var offenders = new List<string>();
        foreach (var (assembly, scope) in new[]
        {
            ("functions/Intake/bin/{0}/net10.0/IntegritySite.Intake.dll", "IntegritySite.Intake"), ("site/bin/{0}/net10.0/integritysite.dll", "IntegritySite.Site.Rendering"),
            (Officer, "IntegritySite.Officer"),
        })
        {
            using var definition = AssemblyDefinition.ReadAssembly(OneWayHouseTests.Built(assembly));
            offenders.AddRange(definition.MainModule.GetTypes().Where(t => t.Namespace.StartsWith(scope, StringComparison.Ordinal) && !IsFrame(t) && !IsFrame(t.DeclaringType))
                .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions
                    .Where(i => i.OpCode == OpCodes.Ldstr && ((string)i.Operand).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
                    .Select(_ => $"{t.FullName}.{m.Name}"))));
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_officer_tool_writes_no_HTML_outside_its_Razor_components()
    {
        // DeskHtml-style pages (a notice, a form, a table built in C# strings) have markup in string literals; a Razor
        // component has them too, compiled from its .razor file, so components are left out. Everything else in the
        // officer tool (the desk's app, its access layer, the CLI) may write text, never a tag.
        using var officer = AssemblyDefinition.ReadAssembly(OneWayHouseTests.Built(Officer));
        var offenders = officer.MainModule.GetTypes().Where(t => !IsComponent(t) && !IsComponent(t.DeclaringType))
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions
                .Where(i => i.OpCode == OpCodes.Ldstr && HtmlTag().IsMatch((string)i.Operand))
                .Select(i => $"{t.FullName}.{m.Name}: {(string)i.Operand}")))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_desk_shows_what_reporters_wrote_as_text_never_as_markup()
    {
        // Report text is the attacker's: Razor encodes it. Markup goes in only as the components' own literals
        // (AddMarkupContent with a string constant); a MarkupString, or markup made at run time, would bypass the encoding.
        using var officer = AssemblyDefinition.ReadAssembly(OneWayHouseTests.Built(Officer));
        var offenders = new List<string>();
        foreach (var type in officer.MainModule.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                var instructions = method.Body.Instructions;
                for (var i = 0; i < instructions.Count; i++)
                {
                    var operand = instructions[i].Operand;
                    if (operand is MemberReference member && member.FullName.Contains("Microsoft.AspNetCore.Components.MarkupString", StringComparison.Ordinal))
                    {
                        offenders.Add($"{type.FullName}.{method.Name} uses MarkupString");
                    }
                    if (operand is MethodReference { Name: "AddMarkupContent" } && instructions[i - 1].OpCode != OpCodes.Ldstr)
                    {
                        offenders.Add($"{type.FullName}.{method.Name} adds markup that is not a literal");
                    }
                }
            }
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void Text_in_two_languages_is_kept_one_way_as_BilingualText()
    {
        var offenders = new List<string>();
        foreach (var assembly in new[]
        {
            "functions/Core/bin/{0}/net10.0/IntegritySite.Core.dll", "functions/Layout/bin/{0}/net10.0/IntegritySite.Layout.dll",
            "site/bin/{0}/net10.0/integritysite.dll", "functions/Intake/bin/{0}/net10.0/IntegritySite.Intake.dll", "functions/Officer/bin/{0}/net10.0/officer.dll",
        })
        {
            using var definition = AssemblyDefinition.ReadAssembly(OneWayHouseTests.Built(assembly));
            foreach (var type in definition.MainModule.GetTypes())
            {
                // The old way: a record of words per language (UiText.Th, UiText.En), chosen with For(language).
                var perLanguage = type.IsEnum ? [] : type.Fields.Where(f => f.IsStatic && f.FieldType.FullName == type.FullName && f.Name is "Th" or "En").ToList();
                if (perLanguage.Count > 0 || type.Name is "UiText" or "ComplaintText" or "ItaText" or "Html" or "DeskHtml")
                {
                    offenders.Add(type.FullName);
                }
                // The desk's old way: a function making "ไทย <span lang=en>English</span>" from two strings (DeskHtml.Both).
                offenders.AddRange(type.Methods.Where(m => m.ReturnType.FullName == "System.String" && m.Parameters.Count(p => p.ParameterType.FullName == "System.String"
                    && (p.Name is "th" or "en" || p.Name.EndsWith("Th", StringComparison.Ordinal) || p.Name.EndsWith("En", StringComparison.Ordinal))) >= 2)
                    .Select(m => $"{type.FullName}.{m.Name}({string.Join(", ", m.Parameters.Select(p => p.Name))})"));
                // The words of the templates: BilingualText values (or functions making them), nothing else.
                if (type.Name.EndsWith("Words", StringComparison.Ordinal) && type.IsAbstract && type.IsSealed)
                {
                    offenders.AddRange(type.Fields.Where(f => f.IsPublic && f.FieldType.FullName != "IntegritySite.Core.Text.BilingualText").Select(f => $"{type.FullName}.{f.Name}"));
                    offenders.AddRange(type.Methods.Where(m => m.IsPublic && !m.IsConstructor && !m.ReturnType.FullName.Contains("IntegritySite.Core.Text.BilingualText", StringComparison.Ordinal))
                        .Select(m => $"{type.FullName}.{m.Name}()"));
                }
            }
        }
        Assert.Empty(offenders);
    }

    /// <summary>One of each page the intake answers with, in a language.</summary>
    private static async Task<List<(string Name, string Html)>> IntakePagesIn(Language language)
    {
        var receipt = ReceiptCode.Generate();
        var day = new DateOnly(2026, 3, 25);
        var submission = ComplaintValidator.Validate(new FieldSet(new Dictionary<string, string>
        {
            ["category"] = "bribery", ["what"] = "เรียกรับเงินค่าใบอนุญาต", ["who"] = "กองช่าง", ["how_known"] = "เห็นด้วยตนเอง",
        })).Submission!;
        var errors = new List<FieldError> { FieldError.For("what", Messages.Required("what")) };
        return
        [
            ("check", await IntakePages.CheckAsync(submission, "0123456789abcdef0123456789abcdef", language)),
            ("check-errors", await IntakePages.CheckErrorsAsync(new FieldSet(new Dictionary<string, string> { ["category"] = "bribery" }), errors, language)),
            ("receipt", await IntakePages.ReceiptAsync(receipt, day, language)),
            ("status", await IntakePages.StatusAsync(new StatusView("received", day, day, [], 0, [], false), receipt, language)),
            ("error", await IntakePages.ErrorAsync(400, errors, language)),
            ("not-found", await IntakePages.ErrorAsync(404, [FieldError.For("receipt", Messages.ReceiptNotFound)], language)),
            ("unavailable", await IntakePages.UnavailableAsync(language)),
            ("unconfirmed", await IntakePages.UnconfirmedAsync(language)),
        ];
    }

    private const string Officer = "functions/Officer/bin/{0}/net10.0/officer.dll";

    /// <summary>A tag in a string: "&lt;p&gt;", "&lt;div class=…", "&lt;/span&gt;", "&lt;!DOCTYPE".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"<(/?(html|head|body|header|footer|main|nav|section|article|div|p|span|a|ul|ol|li|dl|dt|dd|table|caption|thead|tbody|tr|th|td|form|input|button|label|select|option|textarea|h[1-6]|pre|code|small|strong|br|time|meta|link|title)[\s>/]|!DOCTYPE)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HtmlTag();

    /// <summary>A page frame (PageFrame, DeskFrame): the one place a document starts.</summary>
    private static bool IsFrame(TypeDefinition? type) => IsComponent(type) && type!.Name.EndsWith("Frame", StringComparison.Ordinal);

    private static bool IsComponent(TypeDefinition? type) =>
        type?.BaseType?.FullName == "Microsoft.AspNetCore.Components.ComponentBase";

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>An element of the frame as markup, without the site's Thai line-break spans (span.w, added after rendering) and with whitespace collapsed.</summary>
    private static string? Frame(IHtmlDocument document, string selector)
    {
        if (document.QuerySelector(selector)?.Clone() is not IElement element)
        {
            return null;
        }
        foreach (var span in element.QuerySelectorAll("span.w").ToList())
        {
            span.Replace([.. span.ChildNodes]);
        }
        element.Normalize();
        return string.Join(" ", element.OuterHtml.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("> <", "><");
    }

    /// <summary>Every component named …Page in the namespace (at least <paramref name="expected"/>) opens the frame, and the renderer renders each.</summary>
    private static void AssertPagesDrawnInAndRenderedBy(List<TypeDefinition> types, string pagesNamespace, string frame, string renderer, HashSet<string> expected)
    {
        var pages = types.Where(t => t.Namespace == pagesNamespace && t.Name.EndsWith("Page", StringComparison.Ordinal) && IsComponent(t)).Select(t => t.Name).ToHashSet();
        Assert.Superset(expected, pages);
        foreach (var page in pages)
        {
            Assert.True(OpensComponent(types.Single(t => t.Name == page), frame), $"{page} is not drawn in {frame}");
        }
        var rendered = BodyOperands(types.Single(t => t.FullName == $"{pagesNamespace}.{renderer}")).OfType<GenericInstanceMethod>()
            .Where(m => m.Name == "RenderAsync").Select(m => m.GenericArguments[0].Name).ToHashSet();
        Assert.Equal(pages, rendered);
    }

    private static IEnumerable<object> BodyOperands(TypeDefinition type) =>
        type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions).Select(i => i.Operand);

    private static bool OpensComponent(TypeDefinition component, string name) =>
        BodyOperands(component).OfType<GenericInstanceMethod>().Any(m => m.Name == "OpenComponent" && m.GenericArguments[0].Name == name);
}
