using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace IntegritySite.Intake.Attachments;

/// <summary>
/// PDF read and written again whole by PDFsharp: the document information dictionary (author, title, creator
/// program, dates) emptied, the XMP metadata streams of the catalogue and of every page removed. Writing the file
/// anew also drops earlier incremental updates, which can hold the metadata of a previous version. An encrypted PDF
/// is refused (it cannot be cleaned without its password).
/// </summary>
internal static class PdfCleaner
{
    private static readonly string[] InfoKeys = ["/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer", "/CreationDate", "/ModDate", "/Trapped"];

    public static CleanedFile Clean(byte[] content)
    {
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(content, writable: false), PdfDocumentOpenMode.Modify);
        }
        catch (Exception e) when (IsPasswordProblem(e))
        {
            throw new FileRefusedException(new("PDF นี้ถูกเข้ารหัสหรือตั้งรหัสผ่านไว้ จึงลบข้อมูลแฝงไม่ได้ กรุณาส่งฉบับที่ไม่มีรหัสผ่าน", "This PDF is encrypted or password-protected, so its metadata cannot be removed; please send a copy without a password."), e);
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or NotImplementedException or FormatException or IOException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new FileRefusedException(new("เปิด PDF นี้ไม่ได้ (ไฟล์เสียหายหรือรูปแบบไม่รองรับ)", "This PDF could not be opened (damaged, or a form we cannot read)."), e);
        }
        using (document)
        {
            var removed = new List<BilingualText>();
            var info = document.Info.Elements;
            if (InfoKeys.Any(key => info.ContainsKey(key)) || info.Count > 0)
            {
                removed.Add(RemovedItems.PdfInfo);
            }
            info.Clear();
            var xmp = document.Internals.Catalog.Elements.ContainsKey("/Metadata");
            document.Internals.Catalog.Elements.Remove("/Metadata");
            foreach (var page in document.Pages)
            {
                xmp |= page.Elements.ContainsKey("/Metadata");
                page.Elements.Remove("/Metadata");
                page.Elements.Remove("/PieceInfo");
            }
            if (xmp)
            {
                removed.Add(RemovedItems.PdfXmp);
            }
            if (removed.Count == 0)
            {
                removed.Add(RemovedItems.Nothing);
            }
            // PDFsharp writes its own producer and dates unless told not to; nothing of the writer is wanted either.
            document.Options.NoCompression = false;
            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return new CleanedFile(output.ToArray(), "pdf", "application/pdf", removed);
        }
    }

    private static bool IsPasswordProblem(Exception e) =>
        e.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);
}
