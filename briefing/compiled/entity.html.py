from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'entity.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_fact_link = l_0_entity_link = missing
    pass
    parent_template = environment.get_template('base.html', 'entity.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'entity.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'entity.html')._get_default_module(context)
    l_0_fact_link = getattr(included_template, 'fact_link', missing)
    if l_0_fact_link is missing:
        l_0_fact_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'entity.html') does not export the requested name 'fact_link'", name='fact_link')
    l_0_entity_link = getattr(included_template, 'entity_link', missing)
    if l_0_entity_link is missing:
        l_0_entity_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'entity.html') does not export the requested name 'entity_link'", name='entity_link')
    context.vars.update({'fact_link': l_0_fact_link, 'entity_link': l_0_entity_link})
    context.exported_vars.difference_update(('fact_link', 'entity_link'))
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_count = resolve('count')
    l_0_kind_label = resolve('kind_label')
    l_0_entity = resolve('entity')
    l_0_i18n = resolve('i18n')
    l_0__ = resolve('_')
    l_0_entity_link = resolve('entity_link')
    l_0_place_map = resolve('place_map')
    l_0_draw_map = resolve('draw_map')
    l_0_stances = resolve('stances')
    l_0_by_topic = resolve('by_topic')
    l_0_members = resolve('members')
    l_0_anchored = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['dictsort']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'dictsort' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_anchored = ((undefined(name='count') if l_0_count is missing else l_0_count) >= 20)
    _block_vars['anchored'] = l_0_anchored
    yield '<p class="kicker">'
    yield escape(environment.getitem((undefined(name='kind_label') if l_0_kind_label is missing else l_0_kind_label), environment.getattr((undefined(name='entity') if l_0_entity is missing else l_0_entity), 'kind')))
    yield '</p>\n<h1>'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), (undefined(name='entity') if l_0_entity is missing else l_0_entity), 'name', _block_vars=_block_vars))
    yield '</h1>\n'
    if environment.getattr((undefined(name='entity') if l_0_entity is missing else l_0_entity), 'aliases'):
        pass
        yield '<p class="aliases">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Also: %(names)s', names=context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), t_3(context.eval_ctx, environment.getattr((undefined(name='entity') if l_0_entity is missing else l_0_entity), 'aliases'), ', '), _block_vars=_block_vars), _block_vars=_block_vars))
        yield '</p>'
    if environment.getattr((undefined(name='entity') if l_0_entity is missing else l_0_entity), 'country'):
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Of %(country)s', country=context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr((undefined(name='entity') if l_0_entity is missing else l_0_entity), 'country'), _block_vars=_block_vars), _block_vars=_block_vars))
        yield '</p>'
    if environment.getattr((undefined(name='entity') if l_0_entity is missing else l_0_entity), 'description'):
        pass
        yield '<div class="summary">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'description'), (undefined(name='entity') if l_0_entity is missing else l_0_entity), _block_vars=_block_vars))
        yield '</div>'
    if (undefined(name='place_map') if l_0_place_map is missing else l_0_place_map):
        pass
        included_template = environment.get_template('_map.html', 'entity.html')._get_default_module(context)
        l_0_draw_map = getattr(included_template, 'place_map', missing)
        if l_0_draw_map is missing:
            l_0_draw_map = undefined(f"the template {included_template.__name__!r} (imported on line 10 in 'entity.html') does not export the requested name 'place_map'", name='place_map')
        yield escape(context.call((undefined(name='draw_map') if l_0_draw_map is missing else l_0_draw_map), (undefined(name='place_map') if l_0_place_map is missing else l_0_place_map), 'h2', link_all=True, _block_vars=_block_vars))
    if (undefined(name='stances') if l_0_stances is missing else l_0_stances):
        pass
        yield '<h2'
        if (undefined(name='anchored') if l_0_anchored is missing else l_0_anchored):
            pass
            yield ' id="statements"'
        yield '>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Statements', _block_vars=_block_vars))
        yield '</h2>\n<ul class="stances">\n'
        for (l_1_stance, l_1_facts) in t_2((undefined(name='stances') if l_0_stances is missing else l_0_stances)):
            l_1_stance_label = resolve('stance_label')
            l_1_ngettext = resolve('ngettext')
            _loop_vars = {}
            pass
            yield '  <li><strong>'
            yield escape(t_1(environment.getitem((undefined(name='stance_label') if l_1_stance_label is missing else l_1_stance_label), l_1_stance)))
            yield '</strong>: '
            yield escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)d fact', '%(num)d facts', t_4(l_1_facts), _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_stance = l_1_facts = l_1_stance_label = l_1_ngettext = missing
        yield '</ul>\n'
    for (l_1_topic, l_1_facts) in (undefined(name='by_topic') if l_0_by_topic is missing else l_0_by_topic):
        l_1_url = resolve('url')
        _loop_vars = {}
        pass
        yield '<h2'
        if (undefined(name='anchored') if l_0_anchored is missing else l_0_anchored):
            pass
            yield ' id="in-'
            yield escape(environment.getattr(l_1_topic, 'id'))
            yield '"'
        yield '><a href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_topic, _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr(l_1_topic, 'title'), markup_join(('topic:', environment.getattr(l_1_topic, 'id'), ':title', )), _loop_vars=_loop_vars))
        yield '</a> <span class="count">('
        yield escape(t_4(l_1_facts))
        yield ')</span></h2>\n<ul class="fact-list">'
        for l_2_fact in l_1_facts:
            l_2_fact_link = resolve('fact_link')
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call((undefined(name='fact_link') if l_2_fact_link is missing else l_2_fact_link), l_2_fact, _loop_vars=_loop_vars))
            yield '</li>'
        l_2_fact = l_2_fact_link = missing
        yield '</ul>\n'
    l_1_topic = l_1_facts = l_1_url = missing
    if (undefined(name='members') if l_0_members is missing else l_0_members):
        pass
        yield '<h2'
        if (undefined(name='anchored') if l_0_anchored is missing else l_0_anchored):
            pass
            yield ' id="members"'
        yield '>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Belonging to %(name)s', name=context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), (undefined(name='entity') if l_0_entity is missing else l_0_entity), _block_vars=_block_vars), _block_vars=_block_vars))
        yield '</h2>\n<ul>'
        for l_1_member in (undefined(name='members') if l_0_members is missing else l_0_members):
            l_1_url = resolve('url')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_member, _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), l_1_member, 'name', _loop_vars=_loop_vars))
            yield '</a></li>'
        l_1_member = l_1_url = missing
        yield '</ul>\n'
    if (not (undefined(name='count') if l_0_count is missing else l_0_count)):
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No fact names this entity yet.', _block_vars=_block_vars))
        yield '</p>'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=29&5=76&6=78&7=80&8=85&9=90&10=95&11=102&12=105&14=111&15=117&19=123&20=128&21=140&23=150&24=153&25=159&27=170'
# briefing precompiled template 0dc5d8756f48c550bfc234b44c5bb3ef20273f4dda9bb1185906a3798e7a55de
