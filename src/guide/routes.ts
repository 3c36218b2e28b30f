import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sendPage, servedBy } from '../http/release-reply.js'
import { jsonResponse, listOf, problemResponses } from '../http/schemas.js'
import { readOf } from '../read/plugin.js'
import { faq, faqListQuery, guide, releaseOnlyQuery, slugParams, topic, topicListQuery } from './schemas.js'

const tags = ['Guide']
const config = { reads: true, cache: 'release' } as const

export const guideRoutes: FastifyPluginAsyncZod = async (app) => {
  const { guide: guideService } = app.services

  app.get('/v1/guide', {
    config,
    schema: {
      operationId: 'getGuide',
      tags,
      summary: 'The whole guide',
      description:
        'Introduction, the nine topics in order, conclusion and FAQs, exactly as published in the release. ' +
        'The `Content-Release` header names the release; pin one with `?release=<id>` to get a response that never changes.',
      querystring: releaseOnlyQuery,
      response: { 200: jsonResponse(guide, 'The guide, from the release named by `Content-Release`.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      return servedBy(reply, read.snapshot).send(await guideService.wholeGuide(read))
    },
  })

  app.get('/v1/topics', {
    config,
    schema: {
      operationId: 'listTopics',
      tags,
      summary: 'List topics',
      description: "The guide's topics in order, optionally filtered by competency or by the son's life stage.",
      querystring: topicListQuery,
      response: { 200: jsonResponse(listOf(topic), 'One page of topics, in guide order.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release: _release, limit, cursor, ...filters } = request.query
      const read = readOf(request)
      return sendPage(reply, read, await guideService.listTopics(read, filters, { limit, cursor }))
    },
  })

  app.get('/v1/topics/:slug', {
    config,
    schema: {
      operationId: 'getTopic',
      tags,
      summary: 'One topic',
      description: "One of the guide's nine topics by slug, with its sections, from the release named by `Content-Release`.",
      params: slugParams,
      querystring: releaseOnlyQuery,
      response: { 200: jsonResponse(topic, 'The topic.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      return servedBy(reply, read.snapshot).send(await guideService.topic(read, request.params.slug))
    },
  })

  app.get('/v1/faqs', {
    config,
    schema: {
      operationId: 'listFaqs',
      tags,
      summary: 'List FAQs',
      description: "The guide's frequently asked questions in order, optionally only those related to a topic.",
      querystring: faqListQuery,
      response: { 200: jsonResponse(listOf(faq), 'One page of FAQs, in guide order.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { release: _release, limit, cursor, ...filters } = request.query
      const read = readOf(request)
      return sendPage(reply, read, await guideService.listFaqs(read, filters, { limit, cursor }))
    },
  })

  app.get('/v1/faqs/:slug', {
    config,
    schema: {
      operationId: 'getFaq',
      tags,
      summary: 'One FAQ',
      description: 'One frequently asked question by slug, with its answer and related topics.',
      params: slugParams,
      querystring: releaseOnlyQuery,
      response: { 200: jsonResponse(faq, 'The FAQ.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const read = readOf(request)
      return servedBy(reply, read.snapshot).send(await guideService.faq(read, request.params.slug))
    },
  })
}
