"""The fix: every task takes the two locks in the same order."""
import asyncio

async def transfer(accounts, ledger):
    async with accounts:
        await asyncio.sleep(0.05)
        async with ledger:
            print("transferred")


async def audit(accounts, ledger):
    async with accounts:
        await asyncio.sleep(0.05)
        async with ledger:
            print("audited")


async def main():
    accounts = asyncio.Lock()
    ledger = asyncio.Lock()
    await asyncio.gather(transfer(accounts, ledger), audit(accounts, ledger))


asyncio.run(main())
