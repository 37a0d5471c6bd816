"""Optional chat model for phrasing only, from the TRIAGE_LLM spec.

`openai:MODEL@BASE_URL` talks to any OpenAI-compatible endpoint through httpx, with explicit
timeouts and bounded retries. The verdict never passes through here.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict, SecretStr

__all__ = ["HttpChatModel", "LlmSpecError", "make_chat_model"]

_ROLES = {"human": "user", "ai": "assistant", "system": "system"}


class LlmSpecError(ValueError):
    pass


class HttpChatModel(BaseChatModel):
    """A minimal OpenAI-compatible chat client (POST {base_url}/chat/completions)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model: str
    base_url: str
    api_key: SecretStr | None = None
    timeout_s: float = 10.0
    attempts: int = 3
    transport: httpx.BaseTransport | None = None

    @property
    def _llm_type(self) -> str:
        return "openai-compatible-httpx"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        body = {
            "model": self.model,
            "messages": [{"role": _ROLES.get(m.type, "user"), "content": m.content} for m in messages],
            "temperature": 0,
        }
        headers = {"Authorization": f"Bearer {self.api_key.get_secret_value()}"} if self.api_key else {}
        with httpx.Client(base_url=self.base_url, timeout=self.timeout_s, transport=self.transport) as client:
            for attempt in range(1, self.attempts + 1):
                try:
                    response = client.post("/chat/completions", json=body, headers=headers)
                    response.raise_for_status()
                    content = response.json()["choices"][0]["message"]["content"]
                    return ChatResult(generations=[ChatGeneration(message=AIMessage(content=content))])
                except (httpx.HTTPError, KeyError, IndexError, ValueError):
                    if attempt == self.attempts:
                        raise
                    time.sleep(0.2 * 2 ** (attempt - 1))
        raise RuntimeError("unreachable")  # pragma: no cover


def make_chat_model(spec: str, api_key: SecretStr | None = None) -> BaseChatModel:
    """Build the chat model named by TRIAGE_LLM, e.g. `openai:llama3@http://127.0.0.1:8080/v1`."""
    provider, _, rest = spec.partition(":")
    model, _, base_url = rest.partition("@")
    if provider != "openai" or not model or not base_url.startswith(("http://", "https://")):
        raise LlmSpecError(
            f"TRIAGE_LLM={spec!r} is not understood; use openai:MODEL@BASE_URL "
            "(an OpenAI-compatible endpoint), or leave it unset for counsel's wording"
        )
    return HttpChatModel(model=model, base_url=base_url, api_key=api_key)
