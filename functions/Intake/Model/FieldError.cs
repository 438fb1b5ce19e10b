namespace IntegritySite.Intake.Model;

/// <summary>One problem with the request; Field is null for request-level problems.</summary>
public sealed record FieldError(string? Field, string Th, string En)
{
    public static FieldError For(string? field, BilingualText text) => new(field, text.Th, text.En);

    /// <summary>The problem as the pages show it, in both languages.</summary>
    public BilingualText Text => new(Th, En);
}
