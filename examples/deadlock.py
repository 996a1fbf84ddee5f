"""Two transfers take the same two account locks in opposite orders: each holds one lock and waits for the
other's. Nothing fails and nothing is logged; the program only goes on because a timeout gives up on both.

    ASYNCTRACE_HANG_MS=300 asynctrace record -o trace.db -- python deadlock.py
"""
import asyncio


async def transfer(accounts, source, target, amount):
    async with accounts[source]:
        await asyncio.sleep(0.01)  # read the balance
        async with accounts[target]:  # asynctrace: expect deadlock
            print(f"moved {amount} from {source} to {target}")


async def main():
    accounts = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}
    transfers = asyncio.gather(transfer(accounts, "alice", "bob", 10), transfer(accounts, "bob", "alice", 5))
    try:
        await asyncio.wait_for(transfers, timeout=1.5)
    except asyncio.TimeoutError:
        print("the transfers timed out")


asyncio.run(main())
