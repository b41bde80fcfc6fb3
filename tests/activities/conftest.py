"""Email backends for one test: a fake SendGrid or a real SMTP server, and settings using it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from services.common.config import Settings
from tests.activities.email_support import FROM_ADDRESS
from tests.support.fake_sendgrid import FakeSendGrid, fake_sendgrid
from tests.support.smtp_server import SmtpInbox, smtp_inbox


@pytest.fixture
def sendgrid(settings: Settings) -> Iterator[tuple[FakeSendGrid, Settings]]:
    with fake_sendgrid() as fake:
        configured = settings.model_copy(
            update={
                "email_backend": "sendgrid",
                "sendgrid_api_key": SecretStr(fake.api_key),
                "sendgrid_host": fake.url,
                "sendgrid_from_email": FROM_ADDRESS,
            }
        )
        yield fake, configured


@pytest.fixture
def smtp(settings: Settings) -> Iterator[tuple[SmtpInbox, Settings]]:
    with smtp_inbox() as inbox:
        configured = settings.model_copy(
            update={
                "email_backend": "smtp",
                "smtp_url": inbox.url,
                "sendgrid_from_email": FROM_ADDRESS,
            }
        )
        yield inbox, configured
