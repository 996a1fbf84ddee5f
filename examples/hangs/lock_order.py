"""Lock-order inversion: each task holds one lock and waits for the other's. Both wait forever.

    ASYNCTRACE_HANG_MS=500 timeout 3 asynctrace record -o trace.db -- python lock_order.py
    asynctrace analyze trace.db
"""
import asyncio

async def transfer(accounts, ledger):
    async with accounts:
        await asyncio.sleep(0.05)
        async with ledger:  # asynctrace: expect deadlock
            print("transferred")


async def audit(accounts, ledger):
    async with ledger:
        await asyncio.sleep(0.05)
        async with accounts:
            print("audited")


async def main():
    accounts = asyncio.Lock()
    ledger = asyncio.Lock()
    await asyncio.gather(transfer(accounts, ledger), audit(accounts, ledger))


asyncio.run(main())
