using System.Security.Cryptography;
using ImageMagick;
using IntegritySite.Intake.Attachments;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Tests.Infrastructure;

namespace IntegritySite.Intake.Tests;

/// <summary>Files judged by content and cleaned of metadata, on real files built in the test.</summary>
public sealed class AttachmentCleaningTests
{
    [Fact]
    public void A_jpeg_loses_its_gps_exif_and_comment_and_keeps_its_pixel_size()
    {
        var original = EvidenceFiles.JpegWithGps();
        using (var before = new MagickImage(original))
        {
            Assert.NotNull(before.GetExifProfile()?.GetValue(ExifTag.GPSLatitude));
        }
        var cleaned = MetadataCleaner.Clean(original);

        using var after = new MagickImage(cleaned.Content);
        Assert.Equal(MagickFormat.Jpeg, after.Format);
        Assert.Equal((64u, 48u), (after.Width, after.Height));
        Assert.Null(after.GetExifProfile());
        Assert.Null(after.GetXmpProfile());
        Assert.Null(after.GetIptcProfile());
        Assert.True(string.IsNullOrEmpty(after.Comment));
        Assert.DoesNotContain(EvidenceFiles.Phone, System.Text.Encoding.Latin1.GetString(cleaned.Content));
        Assert.DoesNotContain(EvidenceFiles.Author, System.Text.Encoding.Latin1.GetString(cleaned.Content));
        Assert.Contains(RemovedItems.Gps, cleaned.Removed);
        Assert.Contains(RemovedItems.Exif, cleaned.Removed);
        Assert.Contains(RemovedItems.Comment, cleaned.Removed);
    }

    [Theory]
    [InlineData(MagickFormat.WebP, "webp")]
    public void A_webp_photo_loses_its_gps_exif(MagickFormat format, string storedAs)
    {
        using var original = new MagickImage(EvidenceFiles.JpegWithGps(64, 48));
        original.Format = format;
        var bytes = original.ToByteArray();
        using (var check = new MagickImage(bytes))
        {
            Assert.NotNull(check.GetExifProfile()?.GetValue(ExifTag.GPSLatitude));
        }

        var cleaned = MetadataCleaner.Clean(bytes);

        Assert.Equal(storedAs, cleaned.Kind);
        Assert.Contains(RemovedItems.Gps, cleaned.Removed);
        using var after = new MagickImage(cleaned.Content);
        Assert.Equal((64u, 48u), (after.Width, after.Height));
        Assert.Null(after.GetExifProfile());
        Assert.DoesNotContain(EvidenceFiles.Phone, System.Text.Encoding.Latin1.GetString(cleaned.Content));
    }

    [Fact]
    public void The_served_imagemagick_reads_heic_but_cannot_write_it_so_heic_is_stored_as_jpeg()
    {
        // No HEIC encoder in the package (so no HEIC can be built in a test, and a cleaned HEIC is written as JPEG).
        var heic = MagickNET.SupportedFormats.Single(f => f.Format == MagickFormat.Heic);
        Assert.True(heic.SupportsReading);
        Assert.False(heic.SupportsWriting);
        Assert.Equal(FileKind.Heic, FileSniffer.Detect([0, 0, 0, 24, .. "ftypheic"u8, 0, 0, 0, 0]));
        Assert.Equal(FileKind.Unknown, FileSniffer.Detect([0, 0, 0, 24, .. "ftypisom"u8, 0, 0, 0, 0])); // an MP4 video
    }

    [Fact]
    public void A_png_is_re_encoded_without_its_text_chunks()
    {
        var cleaned = MetadataCleaner.Clean(EvidenceFiles.Png());
        Assert.Equal("png", cleaned.Kind);
        Assert.DoesNotContain(EvidenceFiles.Author, System.Text.Encoding.Latin1.GetString(cleaned.Content));
        using var after = new MagickImage(cleaned.Content);
        Assert.Equal((20u, 10u), (after.Width, after.Height));
    }

    [Fact]
    public void A_docx_loses_its_author_properties_comment_author_and_revision_ids()
    {
        var original = EvidenceFiles.DocxWithAuthor();
        Assert.Contains(EvidenceFiles.Author, EvidenceFiles.AllPartsText(original));
        var cleaned = MetadataCleaner.Clean(original);

        Assert.Equal("docx", cleaned.Kind);
        var text = EvidenceFiles.AllPartsText(cleaned.Content);
        Assert.DoesNotContain(EvidenceFiles.Author, text);
        Assert.DoesNotContain("Receipt copy", text);
        Assert.DoesNotContain("00A1B2C3", text);
        Assert.DoesNotContain("docProps/app.xml", text);
        Assert.Contains("Paid 20,000 baht", text);
        Assert.Contains("see slip", text);
        Assert.Contains(RemovedItems.OfficeCore, cleaned.Removed);
        Assert.Contains(RemovedItems.OfficeApp, cleaned.Removed);
        Assert.Contains(RemovedItems.CommentAuthors, cleaned.Removed);
        Assert.Contains(RemovedItems.RevisionIds, cleaned.Removed);
    }

    [Fact]
    public void A_pdf_loses_its_information_dictionary_and_xmp()
    {
        var original = EvidenceFiles.PdfWithInfoAndXmp();
        Assert.Contains(EvidenceFiles.Author, EvidenceFiles.PdfText(original));
        var cleaned = MetadataCleaner.Clean(original);

        Assert.Equal("pdf", cleaned.Kind);
        var text = EvidenceFiles.PdfText(cleaned.Content);
        Assert.DoesNotContain(EvidenceFiles.Author, text);
        Assert.DoesNotContain("SecretWriter", text);
        Assert.DoesNotContain("Minutes", text);
        Assert.DoesNotContain("/Author", text);
        // PDFsharp always writes its own information and XMP packet: its name, zero dates, random ids, an empty creator.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "/Type/Metadata"));
        Assert.Contains("<dc:creator><rdf:Seq><rdf:li></rdf:li></rdf:Seq></dc:creator>", text);
        Assert.Contains(RemovedItems.PdfInfo, cleaned.Removed);
        Assert.Contains(RemovedItems.PdfXmp, cleaned.Removed);
        using var reopened = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(cleaned.Content), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(1, reopened.PageCount);
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 })] // a Windows program, whatever it is called
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 })] // ELF
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00 })] // GIF: not on the list
    public void Files_of_other_kinds_are_refused_by_content(byte[] content)
    {
        var refused = Assert.Throws<FileRefusedException>(() => MetadataCleaner.Clean(content));
        Assert.Equal(MetadataCleaner.NotAccepted, refused.Reason);
    }

    [Fact]
    public void A_damaged_image_and_a_zip_that_is_no_office_file_are_refused_with_the_reason()
    {
        var jpeg = EvidenceFiles.JpegWithGps();
        var damaged = jpeg[..12];
        Assert.Contains("image", Assert.Throws<FileRefusedException>(() => MetadataCleaner.Clean(damaged)).Reason.En);

        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("hello.txt").Open());
            writer.Write("hi");
        }
        Assert.Throws<FileRefusedException>(() => MetadataCleaner.Clean(zip.ToArray()));
    }

    [Fact]
    public void Text_is_stored_as_utf8_whatever_it_came_in()
    {
        var thai = "เงินสด 20,000 บาท\r\n";
        var utf16 = new byte[] { 0xFF, 0xFE }.Concat(System.Text.Encoding.Unicode.GetBytes(thai)).ToArray();
        Assert.Equal(thai, System.Text.Encoding.UTF8.GetString(MetadataCleaner.Clean(utf16).Content));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var tis620 = System.Text.Encoding.GetEncoding(874).GetBytes(thai);
        var cleaned = MetadataCleaner.Clean(tis620);
        Assert.Equal("text", cleaned.Kind);
        Assert.Equal(thai, System.Text.Encoding.UTF8.GetString(cleaned.Content));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(FileStreamCipher.ChunkBytes)]
    [InlineData(FileStreamCipher.ChunkBytes * 3 + 7)]
    public async Task Secretstream_round_trips_and_refuses_a_cut_or_moved_blob(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);
        var key = FileStreamCipher.NewKey();
        using var encrypted = new MemoryStream();
        await FileStreamCipher.EncryptAsync(new MemoryStream(plain), encrypted, key, "blob-1", default);
        var sealedBytes = encrypted.ToArray();

        using var output = new MemoryStream();
        await FileStreamCipher.DecryptAsync(new MemoryStream(sealedBytes), output, key, "blob-1", default);
        Assert.Equal(plain, output.ToArray());

        await Assert.ThrowsAsync<CryptographicException>(() => FileStreamCipher.DecryptAsync(new MemoryStream(sealedBytes), Stream.Null, key, "blob-2", default));
        await Assert.ThrowsAsync<CryptographicException>(() => FileStreamCipher.DecryptAsync(new MemoryStream(sealedBytes[..^1]), Stream.Null, key, "blob-1", default));
        if (size > FileStreamCipher.ChunkBytes)
        {
            // Cut at a chunk boundary: every chunk left is intact, but the FINAL one is missing.
            var cut = sealedBytes[..(28 + FileStreamCipher.ChunkBytes + 17)];
            await Assert.ThrowsAsync<CryptographicException>(() => FileStreamCipher.DecryptAsync(new MemoryStream(cut), Stream.Null, key, "blob-1", default));
        }
    }
}
