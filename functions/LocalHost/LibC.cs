using System.Runtime.InteropServices;

namespace IntegritySite.LocalHost;

public static partial class LibC
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigCont = 18;
    public const int SigStop = 19;

    /// <summary>kill(2): Process.Kill sends SIGKILL, which would stop Azurite before it flushes to disk. A negative pid signals a process group.</summary>
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
