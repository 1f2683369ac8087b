import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Category } from '@/lib/post-format';

const POSTS_DIR = path.resolve(import.meta.dirname, '../../fixtures/posts');

export function readFixture(name: string): string {
  return readFileSync(path.join(POSTS_DIR, `${name}.txt`), 'utf8');
}

/** Replies in the ways local models (through an OpenAI-compatible server) drift from the format, built on TOPICS. */
export function readLocalModelReply(name: string): string {
  return readFileSync(path.resolve(import.meta.dirname, 'local-model-replies', `${name}.txt`), 'utf8');
}

export type Topic = { title: string; metaDescription: string; tags: string[]; categories: Category[]; body: string };

function topic(bodyFile: string, fields: Omit<Topic, 'body'>): Topic {
  return { ...fields, body: readFileSync(path.join(POSTS_DIR, 'bodies', `${bodyFile}.txt`), 'utf8').trimEnd() };
}

/** The fields each fixture's model reply was written with, and its body as a person would expect it stored. */
export const TOPICS = {
  k8s: topic('kubernetes-autoscaling', {
    title: 'Kubernetes Autoscaling Explained: HPA, VPA and Cluster Autoscaler in Practice',
    metaDescription:
      'Learn how Kubernetes autoscaling works, when to use HPA, VPA or the Cluster Autoscaler, and the settings that keep your cluster fast and affordable.',
    tags: ['Kubernetes', 'autoscaling', 'HPA', 'DevOps', 'cloud native'],
    categories: ['Cloud Computing', 'Server Management and Optimization', 'Tutorials'],
  }),
  seo: topic('seo-title-tags', {
    title: 'How to Write Title Tags That Rank and Get Clicks',
    metaDescription:
      'A practical guide to writing SEO title tags and meta descriptions, with examples, length limits and a checklist you can use today.',
    tags: ['SEO', 'title tags', 'meta descriptions', 'on-page SEO'],
    categories: ['Digital Marketing and SEO', 'How-to Guides'],
  }),
  home: topic('smart-home-privacy', {
    title: '🏠 Smart Home Privacy: How to Keep Your Connected Devices From Spying on You',
    metaDescription:
      'What smart speakers, doorbells and thermostats collect about you — and five practical steps to protect your privacy at home.',
    tags: ['smart home', 'privacy', 'IoT security', 'GDPR'],
    categories: ['Home Automation', 'Data Privacy and Protection', 'Internet of Things (IoT)'],
  }),
  vps: topic('vps-vs-shared-hosting', {
    title: 'VPS vs Shared Hosting: Which One Is Right for Your Website?',
    metaDescription:
      'Compare shared hosting and VPS hosting on price, performance, control and scalability to choose the right plan for your website.',
    tags: ['VPS', 'shared hosting', 'web hosting', 'hosting comparison'],
    categories: ['Shared Hosting', 'Virtual Private Servers (VPS)', 'Product Comparisons'],
  }),
  rust: topic('rust-webassembly', {
    title: "Rust and WebAssembly: A Beginner's Guide to Fast Browser Code",
    metaDescription:
      'Set up Rust for WebAssembly, build an image-processing function and call it from JavaScript in this hands-on tutorial.',
    tags: ['Rust', 'WebAssembly', 'Wasm', 'JavaScript', 'performance'],
    categories: ['Programming and Coding', 'Web Development Frameworks', 'Tutorials'],
  }),
  zt: topic('zero-trust', {
    title: 'Zero Trust Security Explained: A Practical Roadmap for Small Teams',
    metaDescription:
      'Zero trust means never trusting by default. Learn the core principles and a step-by-step roadmap small teams can follow.',
    tags: ['zero trust', 'cybersecurity', 'MFA', 'network security'],
    categories: ['Cybersecurity', 'Tech for Small Businesses'],
  }),
  docker: topic('docker-quickstart', {
    title: 'Docker for Beginners: From Your First Container to Your Own Image',
    metaDescription: 'Run your first Docker container, understand images and containers, and write a Dockerfile for your own app.',
    tags: ['Docker', 'containers', 'DevOps'],
    categories: ['Software Development', 'Tech Tips for Beginners'],
  }),
  py: topic('python-frameworks', {
    title: 'Python Web Development Frameworks: A Comprehensive Comparison of Django and Flask',
    metaDescription:
      'Choose the best Python web development framework for your next project using this comprehensive guide comparing Django and Flask.',
    tags: ['Python', 'web development', 'Django', 'Flask', 'frameworks'],
    categories: ['Tutorials', 'Web Development Frameworks'],
  }),
} satisfies Record<string, Topic>;

export type TopicName = keyof typeof TOPICS;
