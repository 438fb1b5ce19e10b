using System.Text;
using IntegritySite.Intake.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace IntegritySite.Intake.Input;

/// <summary>
/// Reads a multipart/form-data body as it arrives (ASP.NET Core's <see cref="MultipartReader"/>): text parts into
/// fields (strict UTF-8, at most <see cref="RequestLimits.MaxBodyBytes"/> together, as a form post), each file part
/// handed to <c>onFile</c> as a stream, one at a time, so the whole upload is never in memory. File inputs left empty
/// (no file chosen) are skipped; a file's position is its part's place among the file parts, from 1 (the form's
/// "file 2" is its second file input).
/// </summary>
public static class MultipartBodyReader
{
    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media)
        && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fields, or the problem; <c>onFile</c> is called for each file (position, name as sent, content).</summary>
    public static async Task<ReadResult> ReadAsync(HttpRequest request, int maxFiles, Func<int, string?, Stream, Task> onFile, CancellationToken ct)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var media) ? HeaderUtilities.RemoveQuotes(media.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status400BadRequest, FieldError.For(FieldNames.Body, Messages.MalformedForm));
        }
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024, HeadersCountLimit = 8 };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var textBytes = 0;
        var files = 0;
        var fileParts = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status400BadRequest, FieldError.For(FieldNames.Body, Messages.MalformedForm));
            }
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            // A file input left empty is sent as filename="" (no file disposition): judged by its name, it is still a file part.
            if (disposition.IsFileDisposition() || name == FieldNames.Attachment)
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                if (name != FieldNames.Attachment)
                {
                    return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status400BadRequest, FieldError.For(name, Messages.UnknownField(name)));
                }
                // Positions follow the form's file inputs ("file 2" is the second), an empty one included.
                fileParts++;
                var body = new PeekedStream(section.Body);
                if (await body.IsEmptyAsync(ct))
                {
                    continue;
                }
                if (++files > maxFiles)
                {
                    return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status400BadRequest, FieldError.For(FieldNames.Attachment, Messages.TooManyFiles(maxFiles)));
                }
                await onFile(fileParts, fileName, body);
                continue;
            }
            var value = await ReadTextAsync(section.Body, RequestLimits.MaxBodyBytes - textBytes, ct);
            if (value is null)
            {
                return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status413PayloadTooLarge, FieldError.For(FieldNames.Body, Messages.BodyTooLarge));
            }
            textBytes += value.Length;
            if (!StrictUtf8.TryDecode(value, out var text))
            {
                return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status400BadRequest, FieldError.For(name, Messages.InvalidUtf8(name)));
            }
            if (!fields.TryAdd(name, text))
            {
                return ReadResult.Failure(ResponseFormat.Html, StatusCodes.Status400BadRequest, FieldError.For(name, Messages.Duplicate(name)));
            }
        }
        return ReadResult.Success(ResponseFormat.Html, new FieldSet(fields));
    }

    private static async Task<byte[]?> ReadTextAsync(Stream body, int budget, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > budget)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>A stream that can tell whether it is empty by reading (and keeping) its first byte.</summary>
    private sealed class PeekedStream(Stream inner) : Stream
    {
        private bool _peeked;
        private bool _empty;
        private byte[]? _pending;

        public async Task<bool> IsEmptyAsync(CancellationToken ct)
        {
            if (!_peeked)
            {
                var one = new byte[1];
                _empty = await inner.ReadAsync(one, ct) == 0;
                _pending = _empty ? null : one;
                _peeked = true;
            }
            return _empty;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (_pending is { } first && buffer.Length > 0)
            {
                buffer.Span[0] = first[0];
                _pending = null;
                return 1;
            }
            return _empty ? 0 : await inner.ReadAsync(buffer, ct);
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
