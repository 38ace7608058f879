using JasperFx.Events;

namespace EventNews.Projections;

/// <summary>
/// The last event a view may apply. The live views take every event; a rebuilt copy is held to the
/// position the live views stopped at while it is switched in, so that copy and live views go on from
/// the same event: the daemon reads on to the end of the log, and what lies past the ceiling is left
/// for the live views to apply after the switch.
/// </summary>
public sealed class SequenceCeiling
{
    private long _value = long.MaxValue;

    /// <summary>The sequence of the last event applied; every event while unset.</summary>
    public long Value
    {
        get => Volatile.Read(ref _value);
        set => Volatile.Write(ref _value, value);
    }

    public bool Admits(IEvent e) => e.Sequence <= Value;
}
