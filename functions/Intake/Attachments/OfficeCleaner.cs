using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace IntegritySite.Intake.Attachments;

/// <summary>
/// Word (.docx) and Excel (.xlsx) files cleaned with the Open XML SDK: the core properties (author, last modified by,
/// title, dates, revision…), the application properties (company, manager, editing time) and custom properties
/// removed; comment and tracked-change authors and initials blanked; revision ids (<c>w:rsid*</c> and the settings'
/// list) removed; the people list and the thumbnail removed. A macro-enabled file, a template, or a ZIP that is neither
/// is refused.
/// </summary>
internal static class OfficeCleaner
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static CleanedFile Clean(byte[] content)
    {
        var stream = new MemoryStream();
        stream.Write(content);
        stream.Position = 0;
        try
        {
            var contentType = MainContentType(stream);
            stream.Position = 0;
            return contentType switch
            {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" => CleanWord(stream),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" => CleanExcel(stream),
                { } type when type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) => throw new FileRefusedException(new(
                    "ไฟล์นี้มีมาโคร (.docm/.xlsm) ซึ่งอาจมีโปรแกรมแฝง จึงรับไม่ได้ กรุณาบันทึกเป็น .docx หรือ .xlsx หรือ PDF", "This file contains macros (.docm/.xlsm), which can hide programs; please save it as .docx, .xlsx or PDF.")),
                _ => throw new FileRefusedException(new("ไฟล์ ZIP นี้ไม่ใช่เอกสาร Word (.docx) หรือ Excel (.xlsx)", "This ZIP file is not a Word (.docx) or Excel (.xlsx) document.")),
            };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            throw new FileRefusedException(new("เปิดเอกสารนี้ไม่ได้ (ไฟล์เสียหาย หรือมีรหัสผ่าน)", "This document could not be opened (damaged, or password-protected)."), e);
        }
    }

    /// <summary>The content type of the package's main part, from [Content_Types].xml (read without opening it as Word or Excel).</summary>
    private static string? MainContentType(Stream stream)
    {
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        var types = zip.GetEntry("[Content_Types].xml") ?? throw new InvalidDataException("No [Content_Types].xml.");
        using var reader = types.Open();
        var document = System.Xml.Linq.XDocument.Load(reader);
        return document.Root?.Elements()
            .Where(e => e.Name.LocalName == "Override")
            .Select(e => (string?)e.Attribute("ContentType"))
            .FirstOrDefault(t => t is not null && (t.Contains(".document.", StringComparison.Ordinal) || t.Contains(".sheet.", StringComparison.Ordinal) || t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || t.Contains(".template.", StringComparison.Ordinal)) && t.EndsWith("main+xml", StringComparison.Ordinal));
    }

    private static CleanedFile CleanWord(MemoryStream stream)
    {
        var removed = new List<BilingualText>();
        using (var document = WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = true }))
        {
            RemoveProperties(document, removed);
            var main = document.MainDocumentPart ?? throw new InvalidDataException("No document part.");
            var authors = false;
            var revisions = false;
            foreach (var part in new OpenXmlPart?[] { main, main.WordprocessingCommentsPart, main.FootnotesPart, main.EndnotesPart, main.DocumentSettingsPart }
                .Concat(main.HeaderParts).Concat(main.FooterParts))
            {
                if (part?.RootElement is not { } root)
                {
                    continue;
                }
                foreach (var element in root.Descendants().Prepend(root).ToList())
                {
                    foreach (var attribute in element.GetAttributes())
                    {
                        if (attribute.NamespaceUri == WordNamespace && attribute.LocalName.StartsWith("rsid", StringComparison.Ordinal))
                        {
                            element.RemoveAttribute(attribute.LocalName, attribute.NamespaceUri);
                            revisions = true;
                        }
                        else if (attribute.NamespaceUri == WordNamespace && attribute.LocalName is "author" or "initials" && attribute.Value is { Length: > 0 })
                        {
                            element.SetAttribute(new OpenXmlAttribute(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, ""));
                            authors = true;
                        }
                    }
                    if (element.LocalName == "rsids" && element.NamespaceUri == WordNamespace)
                    {
                        element.Remove();
                        revisions = true;
                    }
                }
                part.RootElement.Save();
            }
            if (main.WordprocessingPeoplePart is { } people)
            {
                main.DeletePart(people);
                removed.Add(RemovedItems.People);
            }
            if (authors)
            {
                removed.Add(RemovedItems.CommentAuthors);
            }
            if (revisions)
            {
                removed.Add(RemovedItems.RevisionIds);
            }
        }
        return Done(stream, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", removed);
    }

    private static CleanedFile CleanExcel(MemoryStream stream)
    {
        var removed = new List<BilingualText>();
        using (var document = SpreadsheetDocument.Open(stream, true, new OpenSettings { AutoSave = true }))
        {
            RemoveProperties(document, removed);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
            var authors = false;
            foreach (var sheet in workbook.WorksheetParts)
            {
                if (sheet.WorksheetCommentsPart?.Comments?.Authors is { } list)
                {
                    foreach (var author in list.Elements<DocumentFormat.OpenXml.Spreadsheet.Author>())
                    {
                        authors |= author.Text.Length > 0;
                        author.Text = "";
                    }
                    sheet.WorksheetCommentsPart.Comments.Save();
                }
                foreach (var threaded in sheet.WorksheetThreadedCommentsParts.ToList())
                {
                    sheet.DeletePart(threaded);
                    authors = true;
                }
            }
            if (workbook.WorkbookPersonParts.Any())
            {
                foreach (var person in workbook.WorkbookPersonParts.ToList())
                {
                    workbook.DeletePart(person);
                }
                removed.Add(RemovedItems.People);
            }
            if (authors)
            {
                removed.Add(RemovedItems.CommentAuthors);
            }
        }
        return Done(stream, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", removed);
    }

    private static void RemoveProperties(OpenXmlPackage document, List<BilingualText> removed)
    {
        var core = document.PackageProperties;
        var hadCore = core.Creator is { Length: > 0 } || core.LastModifiedBy is { Length: > 0 } || core.Title is { Length: > 0 } || core.Subject is { Length: > 0 }
            || core.Keywords is { Length: > 0 } || core.Description is { Length: > 0 } || core.Category is { Length: > 0 } || core.Created is not null
            || core.Modified is not null || core.LastPrinted is not null || core.Revision is { Length: > 0 } || core.ContentStatus is { Length: > 0 }
            || core.Identifier is { Length: > 0 } || core.Language is { Length: > 0 } || core.Version is { Length: > 0 };
        core.Creator = null;
        core.LastModifiedBy = null;
        core.Title = null;
        core.Subject = null;
        core.Keywords = null;
        core.Description = null;
        core.Category = null;
        core.Created = null;
        core.Modified = null;
        core.LastPrinted = null;
        core.Revision = null;
        core.ContentStatus = null;
        core.Identifier = null;
        core.Language = null;
        core.Version = null;
        if (hadCore)
        {
            removed.Add(RemovedItems.OfficeCore);
        }
        foreach (var (part, item) in new (OpenXmlPart?, BilingualText)[]
                 {
                     (document.GetPartsOfType<ExtendedFilePropertiesPart>().FirstOrDefault(), RemovedItems.OfficeApp),
                     (document.GetPartsOfType<CustomFilePropertiesPart>().FirstOrDefault(), RemovedItems.OfficeCustom),
                     (document.GetPartsOfType<ThumbnailPart>().FirstOrDefault(), RemovedItems.Thumbnail),
                 })
        {
            if (part is not null)
            {
                document.DeletePart(part);
                removed.Add(item);
            }
        }
    }

    private static CleanedFile Done(MemoryStream stream, string kind, string mediaType, List<BilingualText> removed)
    {
        if (removed.Count == 0)
        {
            removed.Add(RemovedItems.Nothing);
        }
        return new CleanedFile(stream.ToArray(), kind, mediaType, removed);
    }
}
