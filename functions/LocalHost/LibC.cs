using System.Runtime.InteropServices;

namespace IntegritySite.LocalHost;

internal static partial class LibC
{
    public const int SigInt = 2;

    /// <summary>kill(2): Process.Kill sends SIGKILL, which would stop Azurite before it flushes to disk.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
