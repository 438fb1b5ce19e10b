using System.Text;

namespace IntegritySite.Intake.Attachments;

/// <summary>
/// Plain text, stored as UTF-8 without a byte-order mark: UTF-8 as it is; UTF-16 (with its BOM) and, failing those,
/// Windows-874 (TIS-620, the Thai code page older Windows programs save) converted. Text has no metadata of its own.
/// </summary>
internal static class TextCleaner
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextCleaner() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>No NUL and no control bytes other than tab, CR, LF and form feed in the first bytes (UTF-16 is judged by its BOM).</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return false;
        }
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }
        foreach (var b in content[..Math.Min(content.Length, 8192)])
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                return false;
            }
        }
        return true;
    }

    public static CleanedFile Clean(byte[] content)
    {
        var removed = new List<BilingualText>();
        string text;
        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = content[0] == 0xFE;
            text = Decode(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true), content.AsSpan(2));
            removed.Add(RemovedItems.TextConverted(bigEndian ? "UTF-16BE" : "UTF-16LE"));
        }
        else
        {
            var body = content.AsSpan();
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                body = body[3..];
                removed.Add(RemovedItems.TextBom);
            }
            try
            {
                text = StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding(874).GetString(body);
                removed.Add(RemovedItems.TextConverted("Windows-874 (TIS-620)"));
            }
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
        {
            throw new FileRefusedException(new("ไฟล์นี้ไม่ใช่ข้อความธรรมดา", "This file is not plain text."));
        }
        if (removed.Count == 0)
        {
            removed.Add(RemovedItems.Nothing);
        }
        return new CleanedFile(StrictUtf8.GetBytes(text), "text", "text/plain; charset=utf-8", removed);
    }

    private static string Decode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new FileRefusedException(new("ข้อความในไฟล์นี้เข้ารหัสไม่ถูกต้อง", "The text in this file is not validly encoded."), e);
        }
    }
}
