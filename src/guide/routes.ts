import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { readPage } from '../http/cursor.js'
import { policyOf } from '../keys/auth.js'
import { problemResponses, sendPage, servedBy } from '../http/release-reply.js'
import { jsonResponse, listOf } from '../http/schemas.js'
import { faq, faqListQuery, guide, releaseOnlyQuery, slugParams, topic, topicListQuery } from './schemas.js'

const tags = ['Guide']

export const guideRoutes: FastifyPluginAsyncZod = async (app) => {
  const { releases, guide: guideService } = app.services

  app.get('/v1/guide', {
    schema: {
      tags,
      summary: 'The whole guide',
      description:
        'Introduction, the nine topics in order, conclusion and FAQs, exactly as published in the release. ' +
        'The `Content-Release` header names the release; pin one with `?release=<id>` to get a response that never changes.',
      querystring: releaseOnlyQuery,
      response: { 200: jsonResponse(guide, 'The guide, from the release named by `Content-Release`.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const release = await releases.resolve(request.query.release)
      return servedBy(reply, release).send(await guideService.guide(release.id, policyOf(request)))
    },
  })

  app.get('/v1/topics', {
    schema: {
      tags,
      summary: 'List topics',
      description: 'The guide\'s topics in order, optionally filtered by competency or by the son\'s life stage.',
      querystring: topicListQuery,
      response: { 200: jsonResponse(listOf(topic), 'One page of topics, in guide order.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { competency, lifeStage } = request.query
      const page = readPage(request.query, { competency, lifeStage })
      const release = await releases.resolve(page.releaseId)
      const result = await guideService.listTopics(release.id, { competency, lifeStage, policy: policyOf(request) }, page)
      return sendPage(reply, release, page, result)
    },
  })

  app.get('/v1/topics/:slug', {
    schema: {
      tags,
      summary: 'One topic',
      params: slugParams,
      querystring: releaseOnlyQuery,
      response: { 200: jsonResponse(topic, 'The topic.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const release = await releases.resolve(request.query.release)
      return servedBy(reply, release).send(await guideService.topic(release.id, request.params.slug, policyOf(request)))
    },
  })

  app.get('/v1/faqs', {
    schema: {
      tags,
      summary: 'List FAQs',
      description: 'The guide\'s frequently asked questions in order, optionally only those related to a topic.',
      querystring: faqListQuery,
      response: { 200: jsonResponse(listOf(faq), 'One page of FAQs, in guide order.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const { topic: topicSlug } = request.query
      const page = readPage(request.query, { topic: topicSlug })
      const release = await releases.resolve(page.releaseId)
      const result = await guideService.listFaqs(release.id, { topic: topicSlug, policy: policyOf(request) }, page)
      return sendPage(reply, release, page, result)
    },
  })

  app.get('/v1/faqs/:slug', {
    schema: {
      tags,
      summary: 'One FAQ',
      params: slugParams,
      querystring: releaseOnlyQuery,
      response: { 200: jsonResponse(faq, 'The FAQ.'), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      const release = await releases.resolve(request.query.release)
      return servedBy(reply, release).send(await guideService.faq(release.id, request.params.slug, policyOf(request)))
    },
  })
}

