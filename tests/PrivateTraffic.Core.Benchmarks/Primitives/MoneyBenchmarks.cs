using System;
using BenchmarkDotNet.Attributes;
using PrivateTraffic.Core.Primitives;
using PrivateTraffic.Core.Serialization;

namespace PrivateTraffic.Core.Benchmarks.Primitives;

/// <summary>The everyday money operations: adding, rounding, sharing out, text and JSON.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private readonly Money _price = Money.Yuan(1234.56m);
    private readonly Money _fee = Money.Yuan(0.035m);
    private readonly decimal[] _ratios = [5m, 3m, 2m, 1m, 1m, 1m, 1m, 1m, 1m, 1m];
    private readonly Money[] _shares = new Money[10];
    private readonly Money[] _many = new Money[1000];
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _many.Length; i++)
        {
            _many[i] = Money.FromMinorUnits(i * 37, Currency.CNY);
        }

        _json = PrivateTrafficJson.Serialize(_price);
    }

    [Benchmark]
    public Money Add() => _price + _fee;

    [Benchmark]
    public Money RoundToMinorUnit() => (_fee * 17m).RoundToMinorUnit(MidpointRounding.ToEven);

    [Benchmark]
    public Money Sum1000() => Money.Sum(_many, Currency.CNY);

    [Benchmark]
    public void AllocateInto10() => _price.AllocateInto(_ratios, _shares);

    [Benchmark]
    public Money[] Split3() => _price.Split(3);

    [Benchmark]
    public string Format() => _price.ToString();

    [Benchmark]
    public Money Parse() => Money.Parse("CNY 1234.56");

    [Benchmark]
    public string SerializeJson() => PrivateTrafficJson.Serialize(_price);

    [Benchmark]
    public Money DeserializeJson() => PrivateTrafficJson.Deserialize<Money>(_json);
}
