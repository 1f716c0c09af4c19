"""Concurrent adds of one artwork to one gallery, on PostgreSQL with threads.

Each thread is a real request with its own database connection. A barrier
inside the service holds every thread after it found the artwork missing
and before it inserts, so every run exercises the race.
"""

import threading

import pytest
from django.db import IntegrityError, connection

from galleries import services
from galleries.models import GalleryArtwork
from tests.conftest import client_for
from tests.factories import ArtworkFactory, CollectorFactory

THREADS = 8


def run_in_threads(actions):
    """Run each action in its own thread; return its result or exception."""
    results = [None] * len(actions)

    def run(index):
        try:
            results[index] = actions[index]()
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(actions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def add_requests(collector, artwork):
    url = f"/api/galleries/{collector.gallery.pk}/curate/"
    clients = [client_for(collector) for _ in range(THREADS)]
    for client in clients:
        # The test client's exception signal is global: one thread's error
        # would be re-raised in another thread's client. Read statuses instead.
        client.raise_request_exception = False
    return [
        lambda client=client: client.post(url, {"artwork": artwork.pk}, format="json")
        for client in clients
    ]


def hold_every_thread_before_inserting(monkeypatch, insert):
    barrier = threading.Barrier(THREADS, timeout=10)

    def insert_when_all_have_checked(**kwargs):
        barrier.wait()
        return insert(**kwargs)

    monkeypatch.setattr(services, "_entry_insert", insert_when_all_have_checked)


@pytest.mark.django_db(transaction=True)
def test_concurrent_adds_of_one_artwork_leave_one_row_and_one_201(monkeypatch):
    collector = CollectorFactory()
    artwork = ArtworkFactory()
    hold_every_thread_before_inserting(monkeypatch, services._entry_insert)

    responses = run_in_threads(add_requests(collector, artwork))

    statuses = sorted(response.status_code for response in responses)
    assert statuses == [200] * (THREADS - 1) + [201]
    assert GalleryArtwork.objects.filter(artwork=artwork).count() == 1


@pytest.mark.django_db(transaction=True)
def test_control_without_the_race_handling_the_duplicate_insert_fails(monkeypatch):
    collector = CollectorFactory()
    artwork = ArtworkFactory()

    failures = []

    def insert_without_handling(*, gallery, artwork):
        try:
            GalleryArtwork.objects.create(gallery=gallery, artwork=artwork)
        except IntegrityError as error:
            failures.append(error)
            raise
        return True

    hold_every_thread_before_inserting(monkeypatch, insert_without_handling)

    responses = run_in_threads(add_requests(collector, artwork))

    statuses = sorted(response.status_code for response in responses)
    assert statuses == [201] + [500] * (THREADS - 1)
    assert len(failures) == THREADS - 1
    assert GalleryArtwork.objects.filter(artwork=artwork).count() == 1


@pytest.mark.django_db(transaction=True)
def test_adds_released_together_without_injection_leave_one_row():
    collector = CollectorFactory()
    artwork = ArtworkFactory()
    start = threading.Barrier(THREADS, timeout=10)
    requests = add_requests(collector, artwork)

    def after_start(request):
        def run():
            start.wait()
            return request()

        return run

    responses = run_in_threads([after_start(request) for request in requests])

    statuses = sorted(response.status_code for response in responses)
    assert statuses == [200] * (THREADS - 1) + [201]
    assert GalleryArtwork.objects.filter(artwork=artwork).count() == 1
