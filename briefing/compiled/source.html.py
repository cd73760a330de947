from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'source.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_when = l_0_fact_link = l_0_inferred = missing
    pass
    parent_template = environment.get_template('base.html', 'source.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'source.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'source.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'source.html') does not export the requested name 'when'", name='when')
    l_0_fact_link = getattr(included_template, 'fact_link', missing)
    if l_0_fact_link is missing:
        l_0_fact_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'source.html') does not export the requested name 'fact_link'", name='fact_link')
    context.vars.update({'when': l_0_when, 'fact_link': l_0_fact_link})
    context.exported_vars.difference_update(('when', 'fact_link'))
    def macro(l_1_field):
        t_1 = []
        l_1_source = resolve('source')
        l_1__ = resolve('_')
        if l_1_field is missing:
            l_1_field = undefined("parameter 'field' was not provided", name='field')
        pass
        if (l_1_field in environment.getattr((undefined(name='source') if l_1_source is missing else l_1_source), 'inferred')):
            pass
            t_1.extend((
                ' <details class="inferred-mark"><summary>',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'inferred')),
                '</summary><span class="inferred-reason">',
                escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getitem(environment.getattr((undefined(name='source') if l_1_source is missing else l_1_source), 'inferred'), l_1_field))),
                '</span></details>',
            ))
        return concat(t_1)
    context.exported_vars.add('inferred')
    context.vars['inferred'] = l_0_inferred = Macro(environment, macro, 'inferred', ('field',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_contents(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_source = resolve('source')
    l_0__ = resolve('_')
    l_0_inferred = resolve('inferred')
    l_0_ngettext = resolve('ngettext')
    l_0_i18n = resolve('i18n')
    l_0_when = resolve('when')
    l_0_language_names = resolve('language_names')
    l_0_reliability_scale = resolve('reliability_scale')
    l_0_gettext = resolve('gettext')
    l_0_cited = resolve('cited')
    l_0_paragraphs = resolve('paragraphs')
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_5 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    yield '<div class="source-layout">\n<div class="source-head">\n<h1 lang="'
    yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language'))
    yield '">'
    yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'title'))
    yield '</h1>\n'
    if ('title' in environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'inferred')):
        pass
        yield '<div class="title-inferred">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Title', _block_vars=_block_vars))
        yield escape(context.call((undefined(name='inferred') if l_0_inferred is missing else l_0_inferred), 'title', _block_vars=_block_vars))
        yield '</div>'
    yield '</div>\n<aside class="source-meta" aria-labelledby="source-meta-heading">\n<h2 id="source-meta-heading" class="visually-hidden">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'About this source', _block_vars=_block_vars))
    yield '</h2>\n<dl class="meta">\n'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'publisher'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Publisher', _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'publisher'))
        yield escape(context.call((undefined(name='inferred') if l_0_inferred is missing else l_0_inferred), 'publisher', _block_vars=_block_vars))
        yield '</dd>'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'authors'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'Author', 'Authors', t_3(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'authors')), _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), t_2(context.eval_ctx, environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'authors'), ', '), _block_vars=_block_vars))
        yield escape(context.call((undefined(name='inferred') if l_0_inferred is missing else l_0_inferred), 'authors', _block_vars=_block_vars))
        yield '</dd>'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'published'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Published', _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'published'), _block_vars=_block_vars))
        yield escape(context.call((undefined(name='inferred') if l_0_inferred is missing else l_0_inferred), 'published', _block_vars=_block_vars))
        yield '</dd>'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'via'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Relays', _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'via'))
        yield escape(context.call((undefined(name='inferred') if l_0_inferred is missing else l_0_inferred), 'via', _block_vars=_block_vars))
        yield '</dd>'
    yield '  <dt>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Language', _block_vars=_block_vars))
    yield '</dt><dd>'
    yield escape(t_5(context.call(environment.getattr((undefined(name='language_names') if l_0_language_names is missing else l_0_language_names), 'get'), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language'), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language'), _block_vars=_block_vars)))
    for l_1_language in environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'translations'):
        _loop_vars = {}
        pass
        yield '; '
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'archived translation: %(language)s', language=t_5(context.call(environment.getattr((undefined(name='language_names') if l_0_language_names is missing else l_0_language_names), 'get'), l_1_language, l_1_language, _loop_vars=_loop_vars)), _loop_vars=_loop_vars))
    l_1_language = missing
    yield escape(context.call((undefined(name='inferred') if l_0_inferred is missing else l_0_inferred), 'language', _block_vars=_block_vars))
    yield '</dd>\n'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'reliability'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Reliability', _block_vars=_block_vars))
        yield '</dt><dd><abbr title="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Admiralty source reliability', _block_vars=_block_vars))
        yield '">'
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'reliability'))
        yield '</abbr>: '
        yield escape(t_4(environment.getitem((undefined(name='reliability_scale') if l_0_reliability_scale is missing else l_0_reliability_scale), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'reliability'))))
        yield '</dd>'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Original', _block_vars=_block_vars))
        yield '</dt><dd class="url"><a href="'
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'))
        yield '" rel="noopener noreferrer">'
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'))
        yield '</a></dd>'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'accessed'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Accessed', _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'accessed'), _block_vars=_block_vars))
        yield '</dd>'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'archive_url'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Archived copy', _block_vars=_block_vars))
        yield '</dt><dd><a href="'
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'archive_url'))
        yield '" rel="noopener noreferrer">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Archived', _block_vars=_block_vars))
        yield '</a>'
        if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'):
            pass
            yield ' '
            yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'from <a href="%(href)s" rel="noopener noreferrer">the original</a>', href=environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'url'), _block_vars=_block_vars))
        if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'archive_date'):
            pass
            yield ' '
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'on %(date)s', date=context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'archive_date'), _block_vars=_block_vars), _block_vars=_block_vars))
        yield '.</dd>'
    yield '  <dt>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Cited by', _block_vars=_block_vars))
    yield '</dt><dd><a href="#citing-heading">'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d fact', '%(num)d facts', t_3((undefined(name='cited') if l_0_cited is missing else l_0_cited)), _block_vars=_block_vars))
    yield '</a></dd>\n</dl>\n'
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'note'):
        pass
        yield '<details class="note"><summary>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Editor's note", _block_vars=_block_vars))
        yield '</summary><p>'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'note'), _block_vars=_block_vars))
        yield '</p></details>'
    yield '</aside>\n<div class="source-main">\n<h2 id="archive-heading">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Archived text', _block_vars=_block_vars))
    yield '</h2>\n<div class="archive" lang="'
    yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language'))
    yield '">\n'
    for l_1_paragraph in (undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs):
        l_1_helpers = resolve('helpers')
        l_1_citing_passage = resolve('citing_passage')
        _loop_vars = {}
        pass
        yield escape(context.call(environment.getattr((undefined(name='helpers') if l_1_helpers is missing else l_1_helpers), 'archive_paragraph'), l_1_paragraph, environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language'), (undefined(name='citing_passage') if l_1_citing_passage is missing else l_1_citing_passage), _loop_vars=_loop_vars))
        yield '\n'
    l_1_paragraph = l_1_helpers = l_1_citing_passage = missing
    yield '</div>\n<p class="attribution">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Archived text of a third-party article, kept verbatim for verification', _block_vars=_block_vars))
    if environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'publisher'):
        pass
        yield '; © '
        yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'publisher'))
    yield '.</p>\n\n<h2 id="citing-heading">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts citing this source', _block_vars=_block_vars))
    yield ' <span class="count">('
    yield escape(t_3((undefined(name='cited') if l_0_cited is missing else l_0_cited)))
    yield ')</span></h2>\n<ul class="citing">\n'
    for (l_1_fact, l_1_quotes) in (undefined(name='cited') if l_0_cited is missing else l_0_cited):
        l_1_fact_link = resolve('fact_link')
        _loop_vars = {}
        pass
        yield '  <li>'
        yield escape(context.call((undefined(name='fact_link') if l_1_fact_link is missing else l_1_fact_link), l_1_fact, _loop_vars=_loop_vars))
        for l_2_quote in l_1_quotes:
            l_2_anchor_id = resolve('anchor_id')
            _loop_vars = {}
            pass
            yield '<br><a class="quote-link" href="#'
            yield escape(context.call((undefined(name='anchor_id') if l_2_anchor_id is missing else l_2_anchor_id), l_2_quote, _loop_vars=_loop_vars))
            yield '" lang="'
            yield escape(environment.getattr((undefined(name='source') if l_0_source is missing else l_0_source), 'language'))
            yield '">“'
            yield escape(l_2_quote)
            yield '”</a>'
        l_2_quote = l_2_anchor_id = missing
        yield '</li>\n'
    l_1_fact = l_1_quotes = l_1_fact_link = missing
    yield '</ul>\n</div>\n</div>\n'

blocks = {'contents': block_contents, 'main': block_main}
debug_info = '1=13&2=16&3=18&5=27&6=34&9=48&10=57&13=101&14=105&17=112&19=114&20=122&21=130&22=138&23=147&24=158&25=169&26=178&27=185&28=204&30=208&33=216&34=218&37=220&38=225&41=229&43=235&45=239&46=244'
# briefing precompiled template ba594c7faaf097d6b32dfdaee45a507aefbc440fd100bf69f65eecc993d7dedd
