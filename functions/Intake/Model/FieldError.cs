namespace IntegritySite.Intake.Model;

/// <summary>One problem with the request; Field is null for request-level problems.</summary>
public sealed record FieldError(string? Field, string Th, string En)
{
    public static FieldError For(string? field, BilingualText text) => new(field, text.Th, text.En);
}
