"""The fix: every task takes the two locks in the same order."""
import asyncio

accounts = asyncio.Lock()
ledger = asyncio.Lock()


async def transfer():
    async with accounts:
        await asyncio.sleep(0.05)
        async with ledger:
            print("transferred")


async def audit():
    async with accounts:
        await asyncio.sleep(0.05)
        async with ledger:
            print("audited")


async def main():
    await asyncio.gather(transfer(), audit())


asyncio.run(main())
