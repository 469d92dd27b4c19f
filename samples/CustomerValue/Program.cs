// CustomerValue: turn a transaction log into customer-base summaries, fit the customer-base models and score each
// customer's potential value; with no arguments, see a base's value tiers.
//   dotnet run --project samples/CustomerValue                        (demo: CDNOW from ../shared, or a simulated base)
//   dotnet run --project samples/CustomerValue -- summarize --transactions FILE --calibration-end 1997-09-30 --unit weeks [--format csv|cdnow] [--output FILE]
//   dotnet run --project samples/CustomerValue -- fit --summary FILE --model bgnbd|paretonbd|gammagamma [--unit weeks] [--output FILE]
//   dotnet run --project samples/CustomerValue -- score --summary FILE --params FILE --spend-params FILE --horizon 52 --unit weeks --discount-rate 0.002
using CustomerValue;

return Commands.Run(args);
