Console.WriteLine("PoolService");
