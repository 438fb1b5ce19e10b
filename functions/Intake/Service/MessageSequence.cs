using System.Security.Cryptography;
using IntegritySite.Intake.Storage;

namespace IntegritySite.Intake.Service;

internal static class MessageSequence
{
    /// <summary>Sortable row key within a complaint's thread; the random tail avoids collisions.</summary>
    public static string NewRowKey(string complaintId, TimeProvider clock) =>
        $"{MessageEntity.ThreadPrefix(complaintId)}{clock.GetUtcNow().UtcTicks:D19}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
