using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace PrivateTraffic.Core.Primitives;

/// <summary>
/// <see cref="Parallel.For(int, int, Action{int})"/> without its wrapping: what a part throws reaches the caller as it
/// was thrown (a <see cref="DomainRuleException"/>, an <see cref="OverflowException"/>), since the library promises
/// those types and never an <see cref="AggregateException"/>.
/// </summary>
internal static class ParallelWork
{
    public static void For(int parts, Action<int> body)
    {
        try
        {
            Parallel.For(0, parts, body);
        }
        catch (AggregateException e)
        {
            // Rethrow the first part's exception with its own stack trace; the others are of the same call and add nothing.
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw; // not reached: Throw() always throws, but the compiler cannot know it
        }
    }
}
