"""The fix: every transfer takes the account locks in one order (sorted by name), so none waits for a lock
held by a task that waits for one of its own."""
import asyncio


async def transfer(accounts, source, target, amount):
    first, second = sorted((source, target))
    async with accounts[first]:
        await asyncio.sleep(0.01)  # read the balance
        async with accounts[second]:
            print(f"moved {amount} from {source} to {target}")


async def main():
    accounts = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}
    transfers = asyncio.gather(transfer(accounts, "alice", "bob", 10), transfer(accounts, "bob", "alice", 5))
    try:
        await asyncio.wait_for(transfers, timeout=1.5)
    except asyncio.TimeoutError:
        print("the transfers timed out")


asyncio.run(main())
