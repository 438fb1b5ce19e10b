using System.Security.Cryptography;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// Text sealed to every configured officer at once, in the recipient-stanza shape of age and OpenPGP: a fresh
/// 32-byte content key encrypts the text once (XChaCha20-Poly1305), and that key is sealed (libsodium sealed box) to
/// each officer's X25519 public key. One lost key or one departure loses nothing, and an officer who can read an item
/// can give a new officer access to it by adding a stanza (<see cref="AddRecipient"/>) without changing the ciphertext.
/// <para>
/// Layout: "ISO1" · recipient count (1 byte) · per recipient [public key (32) · sealed content key (80)] ·
/// nonce (24) · ciphertext. Items written before this format (one plain sealed box) are still opened.
/// </para>
/// </summary>
public static class OfficerSeal
{
    public const int MaxRecipients = 16;

    /// <summary>The most a sealed item adds to its plaintext (with <see cref="MaxRecipients"/> stanzas).</summary>
    public const int MaxOverhead = 4 + 1 + MaxRecipients * StanzaBytes + LibSodium.XChaChaNonceBytes + LibSodium.XChaChaTagBytes;

    private const int KeyBytes = LibSodium.XChaChaKeyBytes;
    private const int StanzaBytes = LibSodium.PublicKeyBytes + KeyBytes + SealedBox.Overhead;
    private static ReadOnlySpan<byte> Magic => "ISO1"u8;

    public static byte[] Seal(ReadOnlySpan<byte> plaintext, IReadOnlyList<byte[]> officerPublicKeys)
    {
        if (officerPublicKeys.Count is 0 or > MaxRecipients)
        {
            throw new ArgumentException($"Between 1 and {MaxRecipients} officer keys.", nameof(officerPublicKeys));
        }
        var contentKey = RandomNumberGenerator.GetBytes(KeyBytes);
        try
        {
            var (nonce, ciphertext) = SecretBox.Encrypt(contentKey, plaintext, Magic);
            var stanzas = officerPublicKeys.Select(key => (key, SealedBox.Seal(contentKey, key))).ToList();
            return Write(stanzas, nonce, ciphertext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    /// <summary>The plaintext, or null when the item was not sealed to this key. Throws when it is malformed or altered.</summary>
    public static byte[]? Open(ReadOnlySpan<byte> sealedItem, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> privateKey)
    {
        if (!sealedItem.StartsWith(Magic))
        {
            return OpenLegacy(sealedItem, publicKey, privateKey);
        }
        var parsed = Parse(sealedItem);
        var contentKey = ContentKeyFor(parsed, publicKey, privateKey);
        if (contentKey is null)
        {
            return null;
        }
        try
        {
            return SecretBox.Decrypt(contentKey, parsed.Nonce, parsed.Ciphertext, Magic);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    /// <summary>The officer public keys an item is sealed to (empty for an item written before this format).</summary>
    public static IReadOnlyList<byte[]> Recipients(ReadOnlySpan<byte> sealedItem) =>
        sealedItem.StartsWith(Magic) ? Parse(sealedItem).Stanzas.Select(s => s.PublicKey).ToList() : [];

    /// <summary>
    /// The same item with a stanza for <paramref name="newPublicKey"/> added, by an officer who can open it. Null when
    /// this officer cannot (not a recipient, or an item in the old format); the item itself when already a recipient.
    /// </summary>
    public static byte[]? AddRecipient(byte[] sealedItem, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> privateKey, byte[] newPublicKey)
    {
        if (!sealedItem.AsSpan().StartsWith(Magic))
        {
            return null;
        }
        var parsed = Parse(sealedItem);
        if (parsed.Stanzas.Any(s => s.PublicKey.AsSpan().SequenceEqual(newPublicKey)))
        {
            return sealedItem;
        }
        if (parsed.Stanzas.Count >= MaxRecipients || ContentKeyFor(parsed, publicKey, privateKey) is not { } contentKey)
        {
            return null;
        }
        try
        {
            // The content key opens the ciphertext: a stanza for a key that does not fit it is never written.
            SecretBox.Decrypt(contentKey, parsed.Nonce, parsed.Ciphertext, Magic);
            var stanzas = parsed.Stanzas.Append((newPublicKey, SealedBox.Seal(contentKey, newPublicKey))).ToList();
            return Write(stanzas, parsed.Nonce, parsed.Ciphertext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    /// <summary>
    /// True when <paramref name="replacement"/> is <paramref name="current"/> with recipients added only: same nonce,
    /// same ciphertext, every earlier stanza kept byte for byte. What the intake requires before storing a rewrap.
    /// </summary>
    public static bool OnlyAddsRecipients(ReadOnlySpan<byte> current, ReadOnlySpan<byte> replacement, out IReadOnlyList<byte[]> added)
    {
        added = [];
        if (!current.StartsWith(Magic) || !replacement.StartsWith(Magic))
        {
            return false;
        }
        Parsed before, after;
        try
        {
            (before, after) = (Parse(current), Parse(replacement));
        }
        catch (CryptographicException)
        {
            return false;
        }
        var kept = before.Stanzas.Count <= after.Stanzas.Count
            && before.Stanzas.Zip(after.Stanzas).All(pair => pair.First.PublicKey.AsSpan().SequenceEqual(pair.Second.PublicKey) && pair.First.SealedKey.AsSpan().SequenceEqual(pair.Second.SealedKey));
        if (!kept || !before.Nonce.AsSpan().SequenceEqual(after.Nonce) || !before.Ciphertext.AsSpan().SequenceEqual(after.Ciphertext))
        {
            return false;
        }
        added = after.Stanzas.Skip(before.Stanzas.Count).Select(s => s.PublicKey).ToList();
        return true;
    }

    private static byte[]? OpenLegacy(ReadOnlySpan<byte> sealedItem, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> privateKey)
    {
        try
        {
            return SealedBox.Open(sealedItem, publicKey, privateKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static byte[]? ContentKeyFor(Parsed parsed, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> privateKey)
    {
        foreach (var (recipient, sealedKey) in parsed.Stanzas)
        {
            if (recipient.AsSpan().SequenceEqual(publicKey))
            {
                return SealedBox.Open(sealedKey, publicKey, privateKey);
            }
        }
        return null;
    }

    private sealed record Parsed(List<(byte[] PublicKey, byte[] SealedKey)> Stanzas, byte[] Nonce, byte[] Ciphertext);

    private static Parsed Parse(ReadOnlySpan<byte> item)
    {
        var count = item.Length > Magic.Length ? item[Magic.Length] : 0;
        var header = Magic.Length + 1 + count * StanzaBytes;
        if (count is 0 or > MaxRecipients || item.Length < header + SecretBox.NonceBytes + LibSodium.XChaChaTagBytes)
        {
            throw new CryptographicException("Malformed sealed item.");
        }
        var stanzas = new List<(byte[], byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var stanza = item.Slice(Magic.Length + 1 + i * StanzaBytes, StanzaBytes);
            stanzas.Add((stanza[..LibSodium.PublicKeyBytes].ToArray(), stanza[LibSodium.PublicKeyBytes..].ToArray()));
        }
        return new Parsed(stanzas, item.Slice(header, SecretBox.NonceBytes).ToArray(), item[(header + SecretBox.NonceBytes)..].ToArray());
    }

    private static byte[] Write(IReadOnlyList<(byte[] PublicKey, byte[] SealedKey)> stanzas, byte[] nonce, byte[] ciphertext)
    {
        var output = new byte[Magic.Length + 1 + stanzas.Count * StanzaBytes + nonce.Length + ciphertext.Length];
        Magic.CopyTo(output);
        output[Magic.Length] = (byte)stanzas.Count;
        var at = Magic.Length + 1;
        foreach (var (publicKey, sealedKey) in stanzas)
        {
            publicKey.CopyTo(output, at);
            sealedKey.CopyTo(output, at + LibSodium.PublicKeyBytes);
            at += StanzaBytes;
        }
        nonce.CopyTo(output, at);
        ciphertext.CopyTo(output, at + nonce.Length);
        return output;
    }
}
