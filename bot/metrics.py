"""What an operator watches, at `/metrics` in Prometheus' text format.

Only numbers about the machinery: queue depths and ages, counts of updates and sends, errors,
webhook latency, which replica leads. Never a name, a chat id or a message.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@dataclass
class Counts:
    """Running totals read at each scrape (the worker and sender keep them)."""

    updates_handled: int = 0
    updates_given_up: int = 0
    updates_refused: int = 0
    handler_errors: int = 0
    sends_ok: int = 0
    sends_429: int = 0
    sends_403: int = 0
    sends_error: int = 0
    scheduler_leader: bool = False
    send_lease: bool = False


class _Totals(Collector):
    """Counters taken from the running parts at scrape time."""

    def __init__(self, read: Callable[[], Counts], replica: str) -> None:
        self._read = read
        self._replica = replica

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        counts = self._read()
        updates = CounterMetricFamily(
            "kring_updates", "Updates from Telegram, by outcome", labels=["outcome"]
        )
        updates.add_metric(["handled"], counts.updates_handled)
        updates.add_metric(["given_up"], counts.updates_given_up)
        updates.add_metric(["refused"], counts.updates_refused)
        yield updates
        errors = CounterMetricFamily("kring_handler_errors", "Errors raised by handlers")
        errors.add_metric([], counts.handler_errors)
        yield errors
        sends = CounterMetricFamily(
            "kring_outbox_sends", "Outbox sends, by Telegram's answer", labels=["result"]
        )
        results = {"ok": counts.sends_ok, "429": counts.sends_429, "403": counts.sends_403,
                   "error": counts.sends_error}  # fmt: skip
        for result, value in results.items():
            sends.add_metric([result], value)
        yield sends
        roles = GaugeMetricFamily(
            "kring_replica_role",
            "1 where this replica holds the role (the scheduler, the send budget)",
            labels=["replica", "role"],
        )
        roles.add_metric([self._replica, "scheduler"], int(counts.scheduler_leader))
        roles.add_metric([self._replica, "sender"], int(counts.send_lease))
        yield roles


class KringMetrics:
    """One registry per running Kring (not the global one: tests start several)."""

    def __init__(self, read: Callable[[], Counts], replica: str | None = None) -> None:
        self.replica = replica or f"{socket.gethostname()}-{os.getpid()}"
        self.registry = CollectorRegistry()
        self.webhook_seconds = Histogram(
            "kring_webhook_seconds",
            "Time from a webhook request to its answer (stored, not yet handled)",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
            registry=self.registry,
        )
        self.inbox_waiting = Gauge(
            "kring_inbox_waiting", "Updates stored and not handled yet", registry=self.registry
        )
        self.inbox_oldest = Gauge(
            "kring_inbox_oldest_seconds",
            "Age of the oldest unhandled update",
            registry=self.registry,
        )
        self.outbox_waiting = Gauge(
            "kring_outbox_waiting", "Messages due and not sent yet", registry=self.registry
        )
        self.outbox_oldest = Gauge(
            "kring_outbox_oldest_seconds",
            "How long the oldest due message has waited",
            registry=self.registry,
        )
        self.registry.register(_Totals(read, self.replica))

    def text(self) -> bytes:
        """The metrics in Prometheus' text format."""
        return bytes(generate_latest(self.registry))
