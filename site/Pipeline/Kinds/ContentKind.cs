using System.Diagnostics.CodeAnalysis;
using IntegritySite.Site.Content;
using IntegritySite.Site.Content.Readers;
using IntegritySite.Site.Model;
using IntegritySite.Site.Rendering;
using Microsoft.AspNetCore.Components;

namespace IntegritySite.Site.Pipeline.Kinds;

/// <summary>
/// One kind of content, declared once: the folder of input/ and its reader (which names the model type it makes),
/// the page each document gets, and its listing page with the menu entry. The stages below get from here what they
/// need (the loader its readers, the validator the sections, the layout its menu), so adding a kind is one file
/// beside these and its templates. Translation rules and ITA dates are members of the model type itself.
/// </summary>
/// <param name="DocumentPage">The Razor component that renders one document; it takes <c>View</c> and <paramref name="DocumentParameter"/>.</param>
/// <param name="Listing">The kind's index page and menu entry; null for kinds without one (pages).</param>
public sealed record ContentKind(
    IDocumentReader Reader,
    Type DocumentType,
    [property: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type DocumentPage,
    string DocumentParameter,
    KindListing? Listing = null)
{
    public string Folder => Reader.Folder;

    /// <summary>What <c>new</c> writes for this kind; null when staff do not create such files by hand.</summary>
    public KindTemplate? Template { get; init; }

    /// <summary>Typed construction, so a kind cannot pair a document with a page that does not render it.</summary>
    public static ContentKind Of<TDocument, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TPage>(IDocumentReader reader, string documentParameter, KindListing? listing = null)
        where TDocument : ContentDocument
        where TPage : IComponent =>
        new(reader, typeof(TDocument), typeof(TPage), documentParameter, listing);
}

/// <summary>A kind's index page: the component (it takes <c>View</c>), its address and its menu entry.</summary>
public sealed record KindListing([property: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type Page, SectionLink Link)
{
    public static KindListing Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TPage>(Func<Language, string> route, BilingualText label, BilingualText? longLabel = null)
        where TPage : IComponent =>
        new(typeof(TPage), new SectionLink(route, label, longLabel));
}
