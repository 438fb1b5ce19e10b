using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ImageMagick;
using PdfSharp.Pdf;

namespace IntegritySite.Intake.Tests.Infrastructure;

/// <summary>Real evidence files, built here with the metadata a phone or an office program leaves in them.</summary>
internal static class EvidenceFiles
{
    public const string Author = "Somchai Jaidee";
    public const string Phone = "PhoneModel-X9";

    /// <summary>A 64×48 JPEG with the phone model, GPS position and a comment.</summary>
    public static byte[] JpegWithGps(int width = 64, int height = 48)
    {
        using var image = new MagickImage(MagickColors.OrangeRed, (uint)width, (uint)height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Model, Phone);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(13, 1), new Rational(45, 1), new Rational(2, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(100, 1), new Rational(30, 1), new Rational(1, 1)]);
        image.SetProfile(exif);
        image.Comment = "taken by " + Author;
        return image.ToByteArray(MagickFormat.Jpeg);
    }

    public static byte[] Png(int width = 20, int height = 10)
    {
        using var image = new MagickImage(MagickColors.Blue, (uint)width, (uint)height);
        image.Comment = "by " + Author;
        return image.ToByteArray(MagickFormat.Png);
    }

    /// <summary>A Word document whose properties, comment and revision ids name the author.</summary>
    public static byte[] DocxWithAuthor()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Creator = Author;
            document.PackageProperties.LastModifiedBy = Author;
            document.PackageProperties.Title = "Receipt copy";
            var app = document.AddExtendedFilePropertiesPart();
            app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(new DocumentFormat.OpenXml.ExtendedProperties.Company(Author + " Co."));
            var main = document.AddMainDocumentPart();
            var paragraph = new Paragraph(new Run(new Text("Paid 20,000 baht")))
            {
                RsidParagraphAddition = "00A1B2C3",
                RsidRunAdditionDefault = "00A1B2C3",
            };
            main.Document = new Document(new Body(paragraph));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("see slip")))) { Id = "1", Author = Author, Initials = "SJ" });
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A PDF with an author in its information dictionary and XMP metadata naming them too.</summary>
    public static byte[] PdfWithInfoAndXmp()
    {
        using var document = new PdfDocument();
        document.AddPage();
        document.Info.Author = Author;
        document.Info.Title = "Minutes";
        document.Info.Creator = "SecretWriter 1.0";
        var xmp = new PdfDictionary(document);
        xmp.Elements["/Type"] = new PdfName("/Metadata");
        xmp.Elements["/Subtype"] = new PdfName("/XML");
        xmp.CreateStream(System.Text.Encoding.UTF8.GetBytes(
            $"<?xpacket begin=\"\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>{Author}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
        document.Internals.AddObject(xmp);
        document.Internals.Catalog.Elements["/Metadata"] = xmp.Reference;
        document.Options.NoCompression = true;
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Every string a cleaned Word file could still name its author in (all parts, uncompressed).</summary>
    public static string AllPartsText(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return string.Join("\n", archive.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return e.FullName + "\n" + reader.ReadToEnd();
        }));
    }

    /// <summary>A PDF's whole text with its streams inflated (so nothing hides in a compressed stream).</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var parts = new List<string> { System.Text.Encoding.Latin1.GetString(pdf) };
        for (var i = 0; i < document.Internals.GetAllObjects().Length; i++)
        {
            if (document.Internals.GetAllObjects()[i] is PdfDictionary { Stream: { } stream })
            {
                parts.Add(System.Text.Encoding.Latin1.GetString(stream.UnfilteredValue));
            }
        }
        return string.Join("\n", parts);
    }
}
