"""The answering pipeline: the version that answers (`knowledge`), one way through a question
(`answering`), and the answer's shape (`answer`)."""

from bot.pipeline.answer import Answer, RequestAnswer, logged_request, message_questions, request_answers
from bot.pipeline.answering import Pipeline, PipelineError, think
from bot.pipeline.knowledge import ActiveKnowledge, KnowledgeFollower

__all__ = [
    "ActiveKnowledge",
    "Answer",
    "KnowledgeFollower",
    "Pipeline",
    "PipelineError",
    "RequestAnswer",
    "logged_request",
    "message_questions",
    "request_answers",
    "think",
]
