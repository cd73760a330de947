from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'search.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = missing
    pass
    parent_template = environment.get_template('base.html', 'search.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'search.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_nav_topics = resolve('nav_topics')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_gettext = resolve('gettext')
    l_0__trans = missing
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search', _block_vars=_block_vars))
    yield '</h1>\n<div id="search-nojs" class="notice">\n  <p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search runs in your browser with JavaScript, which is switched off or blocked here. Everything is also reachable from the indexes:', _block_vars=_block_vars))
    yield '</p>\n  <ul>\n'
    for l_1_topic in (undefined(name='nav_topics') if l_0_nav_topics is missing else l_0_nav_topics):
        l_1_i18n = resolve('i18n')
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topic:', _loop_vars=_loop_vars))
        yield ' <a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_topic, _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'text'), environment.getattr(l_1_topic, 'title'), markup_join(('topic:', environment.getattr(l_1_topic, 'id'), ':title', )), _loop_vars=_loop_vars))
        yield '</a></li>\n'
    l_1_topic = l_1_i18n = missing
    yield '    <li>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SOURCES'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<a href="%(href)s">All sources</a> (each with its archived text)', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</li>\n    <li>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'ENTITIES'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<a href="%(href)s">All entities</a> (people, states, organisations, units, weapon systems)', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</li>\n    <li><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'TIMELINE'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Timeline of every dated fact', _block_vars=_block_vars))
    yield '</a></li>\n  </ul>\n</div>\n<form id="search-form" class="search-form" role="search" action="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SEARCH'), _block_vars=_block_vars))
    yield '" method="get" hidden>\n  <label for="search-q">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Search facts, quotes, quantities, sources and their archived texts, entities and topics', _block_vars=_block_vars))
    yield '</label>\n  <input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false" aria-keyshortcuts="/" aria-describedby="search-help" aria-controls="search-results">\n  <p id="search-help" class="search-help">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Results appear as you type; every word must match, and close spellings count.', _block_vars=_block_vars))
    yield '<span class="search-keys"> '
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<kbd>/</kbd> comes back here, <kbd>↓</kbd> and <kbd>↑</kbd> move through the results, <kbd>Enter</kbd> opens one.', _block_vars=_block_vars))
    yield '</span></p>\n  <fieldset class="search-filters">\n    <legend>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Narrow the results', _block_vars=_block_vars))
    yield '</legend>\n    <span class="search-filter"><label for="search-kind">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Kind', _block_vars=_block_vars))
    yield '</label> <select id="search-kind" name="kind"></select></span>\n    <span class="search-filter"><label for="search-topic">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topic', _block_vars=_block_vars))
    yield '</label> <select id="search-topic" name="topic"></select></span>\n    <span class="search-filter"><label for="search-stance">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Stance', _block_vars=_block_vars))
    yield '</label> <select id="search-stance" name="stance"></select></span>\n    <span class="search-filter"><label for="search-corroboration">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Corroboration', _block_vars=_block_vars))
    yield '</label> <select id="search-corroboration" name="corroboration"></select></span>\n    <span class="search-filter"><label for="search-year">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Year', _block_vars=_block_vars))
    yield '</label> <select id="search-year" name="year" data-any="'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Any year', _block_vars=_block_vars))
    yield '"></select></span>\n  </fieldset>\n</form>\n<p id="search-status" class="search-status" role="status" aria-live="polite" data-partial="'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'None has every word; below, those with the most of them.', _block_vars=_block_vars))
    yield '"></p>\n<p id="search-suggestion" class="search-suggestion" hidden></p>\n<ol id="search-results" class="search-results"></ol>\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SEARCH_INDEX'), _block_vars=_block_vars))
    yield '"></script>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=20&4=35&6=37&8=39&10=54&11=58&12=60&15=64&16=66&18=68&20=72&21=74&22=76&23=78&24=80&25=82&28=86&31=88'
# briefing precompiled template 4da8db9ab3be30e8e8d09e7241d04d74ef3c0efb1250e19d16d1c1286258d646
