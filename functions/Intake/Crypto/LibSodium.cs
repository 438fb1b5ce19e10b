using System.Runtime.InteropServices;

namespace IntegritySite.Intake.Crypto;

/// <summary>
/// libsodium's own sealed box (crypto_box_seal), which NSec does not expose. Binds to the same native
/// libsodium that the NSec.Cryptography package ships and initialises.
/// </summary>
internal static partial class LibSodium
{
    private const string Library = "libsodium";

    public const int PublicKeyBytes = 32;
    public const int SecretKeyBytes = 32;
    public const int SealBytes = 48;

    private static readonly int Initialised = sodium_init();

    public static void EnsureInitialised()
    {
        if (Initialised < 0)
        {
            throw new InvalidOperationException("libsodium failed to initialise.");
        }
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();

    [LibraryImport(Library)]
    public static partial int crypto_box_keypair(Span<byte> publicKey, Span<byte> secretKey);

    [LibraryImport(Library)]
    public static partial int crypto_scalarmult_base(Span<byte> publicKey, ReadOnlySpan<byte> secretKey);

    public const int XChaChaKeyBytes = 32;
    public const int XChaChaNonceBytes = 24;
    public const int XChaChaTagBytes = 16;

    [LibraryImport(Library)]
    public static partial int crypto_aead_xchacha20poly1305_ietf_encrypt(
        Span<byte> ciphertext, out ulong ciphertextLength, ReadOnlySpan<byte> message, ulong messageLength,
        ReadOnlySpan<byte> associatedData, ulong associatedDataLength, IntPtr secretNonce, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key);

    [LibraryImport(Library)]
    public static partial int crypto_aead_xchacha20poly1305_ietf_decrypt(
        Span<byte> message, out ulong messageLength, IntPtr secretNonce, ReadOnlySpan<byte> ciphertext, ulong ciphertextLength,
        ReadOnlySpan<byte> associatedData, ulong associatedDataLength, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> key);

    [LibraryImport(Library)]
    public static partial int crypto_box_seal(Span<byte> ciphertext, ReadOnlySpan<byte> message, ulong messageLength, ReadOnlySpan<byte> publicKey);

    [LibraryImport(Library)]
    public static partial int crypto_box_seal_open(Span<byte> message, ReadOnlySpan<byte> ciphertext, ulong ciphertextLength, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> secretKey);

    // crypto_secretstream_xchacha20poly1305: a stream of authenticated chunks under one key (attachments).
    public const int SecretStreamKeyBytes = 32;
    public const int SecretStreamHeaderBytes = 24;
    public const int SecretStreamABytes = 17;
    public const byte SecretStreamTagMessage = 0;
    public const byte SecretStreamTagFinal = 3;

    [LibraryImport(Library)]
    public static partial nuint crypto_secretstream_xchacha20poly1305_statebytes();

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_init_push(Span<byte> state, Span<byte> header, ReadOnlySpan<byte> key);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_push(
        Span<byte> state, Span<byte> ciphertext, out ulong ciphertextLength, ReadOnlySpan<byte> message, ulong messageLength,
        ReadOnlySpan<byte> associatedData, ulong associatedDataLength, byte tag);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_init_pull(Span<byte> state, ReadOnlySpan<byte> header, ReadOnlySpan<byte> key);

    [LibraryImport(Library)]
    public static partial int crypto_secretstream_xchacha20poly1305_pull(
        Span<byte> state, Span<byte> message, out ulong messageLength, out byte tag, ReadOnlySpan<byte> ciphertext, ulong ciphertextLength,
        ReadOnlySpan<byte> associatedData, ulong associatedDataLength);
}
