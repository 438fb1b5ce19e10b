using System.Runtime.InteropServices;
using Icu;

namespace IntegritySite.Site.Typography;

/// <summary>
/// ICU4C's break iterator called directly (ubrk_open, ubrk_setText, ubrk_next): the boundaries of a text one by one,
/// into the caller's list, with no managed copy of the text. icu.net's <see cref="BreakIterator"/> materialises every
/// boundary with its rule status vector (an array of 128 ints per boundary), which cost more than ICU's own work.
/// icu.net still finds and loads the library (<see cref="Wrapper.Init"/>); this only looks up four functions in it.
/// One instance per thread: an ICU break iterator is not thread-safe.
/// </summary>
internal sealed unsafe class IcuBreaks : IDisposable
{
    /// <summary>ICU's UBreakIteratorType.</summary>
    public enum Kind { Word = 1, Line = 2 }

    private const int Done = -1;
    private static readonly Lazy<Functions> Icu = new(Functions.Load);
    private nint _iterator;

    public IcuBreaks(Kind kind)
    {
        var icu = Icu.Value;
        var status = 0;
        fixed (byte* locale = "th"u8)
        {
            _iterator = icu.Open((int)kind, locale, null, 0, &status);
        }
        if (status > 0 || _iterator == 0)
        {
            throw new InvalidOperationException($"ICU could not open a Thai break iterator (error {status})");
        }
    }

    /// <summary>Adds every boundary of <paramref name="text"/> strictly between its start and its end, as offsets
    /// into the text plus <paramref name="offset"/>, in order.</summary>
    public void Boundaries(ReadOnlySpan<char> text, int offset, List<int> into)
    {
        if (text.IsEmpty)
        {
            return;
        }
        var icu = Icu.Value;
        var status = 0;
        fixed (char* chars = text)
        {
            icu.SetText(_iterator, chars, text.Length, &status);
            if (status > 0)
            {
                throw new InvalidOperationException($"ICU could not take the text (error {status})");
            }
            for (var b = icu.Next(_iterator); b != Done && b < text.Length; b = icu.Next(_iterator))
            {
                into.Add(offset + b);
            }
            // The iterator keeps a pointer to the text: point it at nothing before the text may move.
            icu.SetText(_iterator, null, 0, &status);
        }
    }

    public void Dispose()
    {
        if (_iterator != 0)
        {
            Icu.Value.Close(_iterator);
            _iterator = 0;
        }
    }

    private sealed class Functions
    {
        public delegate* unmanaged<int, byte*, char*, int, int*, nint> Open;
        public delegate* unmanaged<nint, char*, int, int*, void> SetText;
        public delegate* unmanaged<nint, int> Next;
        public delegate* unmanaged<nint, void> Close;

        public static Functions Load()
        {
            try
            {
                Wrapper.Init();
                var major = Wrapper.IcuVersion.Split('.')[0];
                var library = LoadCommonLibrary(major);
                nint Export(string name) =>
                    NativeLibrary.TryGetExport(library, $"{name}_{major}", out var f) || NativeLibrary.TryGetExport(library, name, out f)
                        ? f : throw new EntryPointNotFoundException($"{name} is not in ICU {major}");
                return new Functions
                {
                    Open = (delegate* unmanaged<int, byte*, char*, int, int*, nint>)Export("ubrk_open"),
                    SetText = (delegate* unmanaged<nint, char*, int, int*, void>)Export("ubrk_setText"),
                    Next = (delegate* unmanaged<nint, int>)Export("ubrk_next"),
                    Close = (delegate* unmanaged<nint, void>)Export("ubrk_close"),
                };
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Thai word breaking needs the ICU library, libicu (Debian: libicu72; scripts/setup.sh installs it): {e.GetBaseException().Message}", e);
            }
        }

        /// <summary>The library icu.net has loaded already (the OS hands back the same handle).</summary>
        private static nint LoadCommonLibrary(string major)
        {
            string[] names = OperatingSystem.IsWindows() ? [$"icuuc{major}.dll", "icuuc.dll"]
                : OperatingSystem.IsMacOS() ? [$"libicuuc.{major}.dylib", "libicuuc.dylib"]
                : [$"libicuuc.so.{major}", "libicuuc.so"];
            foreach (var name in names)
            {
                if (NativeLibrary.TryLoad(name, out var handle))
                {
                    return handle;
                }
            }
            throw new DllNotFoundException($"none of {string.Join(", ", names)} could be loaded");
        }
    }
}
