using ImageMagick;

namespace IntegritySite.Intake.Attachments;

/// <summary>
/// Photos and screenshots (JPEG, PNG, WebP, HEIC/HEIF) decoded and written again by ImageMagick (Magick.NET) with every
/// profile stripped: EXIF (with GPS), XMP, IPTC, ICC, comments. The decoder is the one the magic bytes named (never
/// ImageMagick's own guess, so a file cannot pick another coder), the EXIF orientation is applied first so the picture
/// looks the same, and HEIC is written as JPEG (ImageMagick reads HEIC through libheif; writing it needs an encoder the
/// package does not promise). The pixel cache may not spill to disk, so no decoded picture is ever written there.
/// </summary>
internal static class ImageCleaner
{
    private const uint MaxPixels = 80_000_000;

    static ImageCleaner()
    {
        ResourceLimits.Disk = 0;
        ResourceLimits.Width = 30_000;
        ResourceLimits.Height = 30_000;
        ResourceLimits.Area = MaxPixels * 4UL;
    }

    public static CleanedFile Clean(byte[] content, FileKind kind)
    {
        var (format, output, kindCode, mediaType) = kind switch
        {
            FileKind.Jpeg => (MagickFormat.Jpeg, MagickFormat.Jpeg, "jpeg", "image/jpeg"),
            FileKind.Png => (MagickFormat.Png, MagickFormat.Png, "png", "image/png"),
            FileKind.WebP => (MagickFormat.WebP, MagickFormat.WebP, "webp", "image/webp"),
            FileKind.Heic => (MagickFormat.Heic, MagickFormat.Jpeg, "jpeg", "image/jpeg"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        try
        {
            using var image = new MagickImage(content, new MagickReadSettings { Format = format });
            var removed = new List<BilingualText>();
            if (image.GetExifProfile() is { } exif)
            {
                removed.Add(RemovedItems.Exif);
                if (exif.Values.Any(v => v.Tag.ToString().StartsWith("GPS", StringComparison.Ordinal)))
                {
                    removed.Add(RemovedItems.Gps);
                }
            }
            if (image.GetXmpProfile() is not null)
            {
                removed.Add(RemovedItems.Xmp);
            }
            if (image.GetIptcProfile() is not null)
            {
                removed.Add(RemovedItems.Iptc);
            }
            if (image.GetColorProfile() is not null)
            {
                removed.Add(RemovedItems.Icc);
            }
            if (!string.IsNullOrEmpty(image.Comment))
            {
                removed.Add(RemovedItems.Comment);
            }
            image.AutoOrient();
            image.Strip();
            image.Comment = null;
            foreach (var name in image.AttributeNames.ToList())
            {
                image.RemoveAttribute(name);
            }
            if (output == MagickFormat.Jpeg)
            {
                image.Quality = 92;
            }
            image.Settings.SetDefine(MagickFormat.Png, "exclude-chunks", "all");
            removed.Add(kind == FileKind.Heic ? RemovedItems.HeicToJpeg : RemovedItems.ReEncoded);
            return new CleanedFile(image.ToByteArray(output), kindCode, mediaType, removed);
        }
        catch (MagickException e)
        {
            throw new FileRefusedException(new("เปิดภาพนี้ไม่ได้ (ไฟล์เสียหาย ใหญ่เกินไป หรือไม่ใช่ภาพตามที่ระบุ)", "This image could not be opened (damaged, too large, or not the image it claims to be)."), e);
        }
    }
}
