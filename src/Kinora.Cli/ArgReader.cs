using System.Globalization;

namespace Kinora.Cli;

/// <summary>Wrong use of the command line; printed as one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// Reads "positional args and --options" for one command against the options that command declares, so an
/// unknown or misspelt option is an error instead of being ignored.
/// </summary>
public sealed class ArgReader
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];
    private readonly string _command;

    /// <param name="valued">Options that take a value ("-o", "--seconds").</param>
    /// <param name="flags">Options that take none ("--help").</param>
    public ArgReader(string command, IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        _command = command;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith('-') && a.Length > 1 && !double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                var (name, inline) = a.Contains('=') ? (a[..a.IndexOf('=')], a[(a.IndexOf('=') + 1)..]) : (a, null);
                if (flags.Contains(name)) { _options[name] = null; continue; }
                if (!valued.Contains(name))
                    throw new UsageException($"unknown option {name} for '{command}' (see: kinora {command} --help)");
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"option {name} needs a value"));
                _options[name] = value;
            }
            else _positional.Add(a);
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(params string[] names) => names.Select(n => _options.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);

    public int? GetInt(string name, int min, int max)
    {
        var v = Get(name);
        if (v is null) return null;
        if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{v}'");
        return n;
    }

    public long? GetLong(string name)
    {
        var v = Get(name);
        if (v is null) return null;
        return long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
            : throw new UsageException($"{name} must be a whole number, not '{v}'");
    }

    public double? GetDouble(string name, double min, double max)
    {
        var v = Get(name);
        if (v is null) return null;
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !(d >= min && d <= max))
            throw new UsageException($"{name} must be a number from {min} to {max}, not '{v}'");
        return d;
    }

    /// <summary>Exactly one positional argument, named for the error message.</summary>
    public string Single(string what)
    {
        if (_positional.Count == 0) throw new UsageException($"'{_command}' needs {what}");
        if (_positional.Count > 1) throw new UsageException($"'{_command}' takes one {what}; got {_positional.Count} (quote the prompt)");
        return _positional[0];
    }
}
