using System.Globalization;

namespace IntegritySite.Site.Content;

/// <summary>
/// What <c>new &lt;name&gt; &lt;slug&gt;</c> writes for one content kind: a file whose front matter already passes
/// <c>check</c>, for staff to fill in. Each kind declares its own (site/Pipeline/Kinds).
/// </summary>
public sealed record KindTemplate(string Name, Func<ScaffoldRequest, ScaffoldedFile> Make);

/// <param name="InputDirectory">The input folder, for templates that number their files (measures).</param>
public sealed record ScaffoldRequest(string InputDirectory, string Slug, DateOnly Today)
{
    public string Date => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <param name="Path">Relative to the input folder.</param>
public sealed record ScaffoldedFile(string Path, string Text);
