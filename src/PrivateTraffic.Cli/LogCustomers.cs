using System;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Value;

namespace PrivateTraffic.Cli;

/// <summary>A customer of a row being read: its position in the log, or, for a customer the log has not met, its new id.</summary>
/// <param name="Index">The position in <see cref="PurchaseLog.Customers"/>, or −1 for a new customer.</param>
/// <param name="New">The id of a new customer; unset otherwise.</param>
internal readonly record struct LogCustomer(int Index, MemberId New);

/// <summary>
/// Resolves the customer ids of a log's rows with one look-up at most: the previous row's customer is compared first (a
/// log usually lists a customer's purchases together), then the log's own index is asked by the id's text
/// (<see cref="PurchaseLog.TryFindCustomer"/>), so no string is made for a customer met before and the log does not look
/// the id up again (<see cref="PurchaseLog.Add(int, NodaTime.LocalDate, Money)"/>).
/// </summary>
internal sealed class LogCustomers(PurchaseLog log, string unit = "line")
{
    private string _lastText = string.Empty;
    private int _last = -1;

    /// <summary>The customer of a row; a text that is not an id is bad input at that line (or row).</summary>
    public LogCustomer Get(ReadOnlySpan<char> text, string path, long line)
    {
        if (_last >= 0 && text.SequenceEqual(_lastText))
        {
            return new LogCustomer(_last, default);
        }

        if (log.TryFindCustomer(text, out var index))
        {
            (_lastText, _last) = (log.Customers[index].Value, index);
            return new LogCustomer(index, default);
        }

        var key = text.ToString();
        return MemberId.TryFrom(key, out var id)
            ? new LogCustomer(-1, id)
            : throw InputException.AtLine(path, line, $"'{key}' is not a customer id.", unit);
    }

    /// <summary>Adds a row's purchase; a purchase the log refuses is bad input at that line (or row).</summary>
    public void Add(LogCustomer customer, NodaTime.LocalDate day, Money amount, string path, long line)
    {
        try
        {
            if (customer.Index >= 0)
            {
                log.Add(customer.Index, day, amount);
            }
            else
            {
                log.Add(customer.New, day, amount);
                (_lastText, _last) = (customer.New.Value, log.Customers.Count - 1);
            }
        }
        catch (ArgumentException e)
        {
            throw InputException.AtLine(path, line, TransactionFile.FirstSentence(e.Message), unit);
        }
    }
}
