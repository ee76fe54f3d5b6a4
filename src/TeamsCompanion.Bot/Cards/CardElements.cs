using System.Text.Json.Serialization;

namespace TeamsCompanion.Bot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
public abstract class CardElement
{
    public string? Id { get; init; }

    public string? Spacing { get; init; }

    public bool? Separator { get; init; }
}

public sealed class TextBlock : CardElement
{
    public required string Text { get; init; }

    public bool Wrap { get; init; } = true;

    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public string? Style { get; init; }
}

public sealed class Container : CardElement
{
    public List<CardElement> Items { get; init; } = [];

    public string? Style { get; init; }

    public bool? Bleed { get; init; }
}

public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; init; } = [];
}

public sealed record Fact(string Title, string Value);

public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; init; } = [];
}

public sealed class InputText : CardElement
{
    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }

    public string? Value { get; init; }
}

public sealed class InputChoiceSet : CardElement
{
    public string? Label { get; init; }

    public List<Choice> Choices { get; init; } = [];

    public string? Style { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed class InputToggle : CardElement
{
    public required string Title { get; init; }

    public string? Label { get; init; }

    public string? Value { get; init; }

    public string ValueOn { get; init; } = "true";

    public string ValueOff { get; init; } = "false";
}
