using System.Security.Cryptography;
using System.Text;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// An attachment encrypted with libsodium's <c>crypto_secretstream_xchacha20poly1305</c> under a fresh key, in chunks of
/// <see cref="ChunkBytes"/>, so memory stays flat whatever the file's size. Each chunk is authenticated with the blob id
/// as associated data (a blob moved under another id does not open); the last carries the FINAL tag, so a truncated
/// blob is an error, never a shorter file. Layout: "ISA1" · secretstream header (24) · chunks (plaintext + 17 each).
/// Nothing is home-made: the construction is libsodium's, only called.
/// </summary>
public static class FileStreamCipher
{
    public const int ChunkBytes = 64 * 1024;
    private static ReadOnlySpan<byte> Magic => "ISA1"u8;
    private static readonly int StateBytes = (int)LibSodium.crypto_secretstream_xchacha20poly1305_statebytes();

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(LibSodium.SecretStreamKeyBytes);

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="output"/>.</summary>
    public static async Task EncryptAsync(Stream plaintext, Stream output, byte[] key, string blobId, CancellationToken ct)
    {
        LibSodium.EnsureInitialised();
        var state = new byte[StateBytes];
        var header = new byte[LibSodium.SecretStreamHeaderBytes];
        var ad = Encoding.ASCII.GetBytes(blobId);
        var input = new byte[ChunkBytes];
        var sealedChunk = new byte[ChunkBytes + LibSodium.SecretStreamABytes];
        try
        {
            Check(LibSodium.crypto_secretstream_xchacha20poly1305_init_push(state, header, key));
            await output.WriteAsync(Magic.ToArray(), ct);
            await output.WriteAsync(header, ct);
            // Read one chunk ahead, so the last one is known when it is pushed (it gets the FINAL tag).
            var length = await FillAsync(plaintext, input, ct);
            var next = new byte[ChunkBytes];
            while (true)
            {
                var nextLength = length == ChunkBytes ? await FillAsync(plaintext, next, ct) : 0;
                var final = nextLength == 0;
                Check(LibSodium.crypto_secretstream_xchacha20poly1305_push(state, sealedChunk, out var written, input.AsSpan(0, length), (ulong)length,
                    ad, (ulong)ad.Length, final ? LibSodium.SecretStreamTagFinal : LibSodium.SecretStreamTagMessage));
                await output.WriteAsync(sealedChunk.AsMemory(0, (int)written), ct);
                CryptographicOperations.ZeroMemory(input);
                if (final)
                {
                    return;
                }
                (input, next, length) = (next, input, nextLength);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(state);
            CryptographicOperations.ZeroMemory(input);
        }
    }

    /// <summary>Decrypts into <paramref name="output"/>. Throws <see cref="CryptographicException"/> when altered, moved or cut short.</summary>
    public static async Task DecryptAsync(Stream encrypted, Stream output, byte[] key, string blobId, CancellationToken ct)
    {
        LibSodium.EnsureInitialised();
        var state = new byte[StateBytes];
        var head = new byte[Magic.Length + LibSodium.SecretStreamHeaderBytes];
        var ad = Encoding.ASCII.GetBytes(blobId);
        var sealedChunk = new byte[ChunkBytes + LibSodium.SecretStreamABytes];
        var plain = new byte[ChunkBytes];
        try
        {
            if (await FillAsync(encrypted, head, ct) != head.Length || !head.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                throw new CryptographicException("Not an encrypted attachment.");
            }
            if (LibSodium.crypto_secretstream_xchacha20poly1305_init_pull(state, head.AsSpan(Magic.Length), key) != 0)
            {
                throw new CryptographicException("Bad attachment header.");
            }
            while (true)
            {
                var length = await FillAsync(encrypted, sealedChunk, ct);
                if (length < LibSodium.SecretStreamABytes)
                {
                    throw new CryptographicException("The attachment is cut short.");
                }
                if (LibSodium.crypto_secretstream_xchacha20poly1305_pull(state, plain, out var plainLength, out var tag, sealedChunk.AsSpan(0, length), (ulong)length, ad, (ulong)ad.Length) != 0)
                {
                    throw new CryptographicException("The attachment was altered or belongs elsewhere.");
                }
                await output.WriteAsync(plain.AsMemory(0, (int)plainLength), ct);
                CryptographicOperations.ZeroMemory(plain);
                if (tag == LibSodium.SecretStreamTagFinal)
                {
                    if (await encrypted.ReadAsync(new byte[1], ct) != 0)
                    {
                        throw new CryptographicException("Data after the end of the attachment.");
                    }
                    return;
                }
                if (length < sealedChunk.Length)
                {
                    throw new CryptographicException("The attachment is cut short.");
                }
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(state);
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static async Task<int> FillAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), ct);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        return total;
    }

    private static void Check(int result)
    {
        if (result != 0)
        {
            throw new CryptographicException("libsodium secretstream failed.");
        }
    }
}
